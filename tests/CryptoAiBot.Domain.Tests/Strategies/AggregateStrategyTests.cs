using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class AggregateStrategyTests
{
    private static readonly Candle AnyCandle = TestCandles.FromCloses(100m)[0];

    [Theory]
    [InlineData("first", "HHH", SignalAction.Hold)]
    [InlineData("first", "HBS", SignalAction.Buy)]
    [InlineData("first", "HSB", SignalAction.Sell)]
    [InlineData("first", "SBB", SignalAction.Sell)]
    [InlineData("vote", "HHH", SignalAction.Hold)]
    [InlineData("vote", "BHH", SignalAction.Buy)]
    [InlineData("vote", "HSH", SignalAction.Sell)]
    [InlineData("vote", "BSH", SignalAction.Hold)]
    [InlineData("vote", "BBS", SignalAction.Buy)]
    [InlineData("vote", "SBS", SignalAction.Sell)]
    [InlineData("weighted", "BHH", SignalAction.Buy)]
    [InlineData("weighted", "HBB", SignalAction.Buy)]
    [InlineData("weighted", "HBH", SignalAction.Hold)]
    [InlineData("weighted", "BSH", SignalAction.Hold)]
    [InlineData("weighted", "BHS", SignalAction.Hold)]
    [InlineData("weighted", "SHH", SignalAction.Sell)]
    [InlineData("weighted", "HSS", SignalAction.Sell)]
    [InlineData("weighted", "SBB", SignalAction.Hold)]
    public void Combines_three_signals_by_mode(string mode, string actions, SignalAction expected)
    {
        // Weights 0.5 / 0.3 / 0.2, threshold 0.5: the first alone, or the other two together, can act.
        var (aggregate, _) = Aggregate(Mode(mode), actions);

        Assert.Equal(expected, aggregate.OnCandle(AnyCandle).Action);
    }

    [Theory]
    [InlineData("HBS", SignalAction.Buy, 1d)]
    [InlineData("HHH", SignalAction.Hold, 0d)]
    public void In_first_mode_returns_the_winning_childs_own_signal(string actions, SignalAction action, double score)
    {
        var signal = Aggregate(AggregationMode.First, actions).Aggregate.OnCandle(AnyCandle);

        Assert.Equal(new StrategySignal("scripted", action, score, "scripted"), signal);
    }

    [Theory]
    [InlineData("vote", "BBS", 1d / 3d, AggregateStrategy.MajorityBuy)]
    [InlineData("vote", "SSH", -2d / 3d, AggregateStrategy.MajoritySell)]
    [InlineData("vote", "BSH", 0d, AggregateStrategy.VoteTied)]
    [InlineData("weighted", "BBH", 0.8d, AggregateStrategy.WeightedBuy)]
    [InlineData("weighted", "SHS", -0.7d, AggregateStrategy.WeightedSell)]
    [InlineData("weighted", "HBH", 0.3d, AggregateStrategy.WeightedBelowThreshold)]
    public void Scores_and_explains_votes_and_weighted_sums(string mode, string actions, double score, string reason)
    {
        var signal = Aggregate(Mode(mode), actions).Aggregate.OnCandle(AnyCandle);

        Assert.Equal(("aggregate", reason), (signal.Strategy, signal.Reason));
        Assert.Equal(score, signal.Score, 12);
    }

    [Fact]
    public void Feeds_every_candle_to_every_child_even_after_one_has_decided()
    {
        var (aggregate, children) = Aggregate(AggregationMode.First, "BSS");

        for (var i = 0; i < 5; i++)
        {
            aggregate.OnCandle(AnyCandle);
        }

        Assert.All(children, c => Assert.Equal(5, c.Evaluations));
    }

    [Fact]
    public void Holds_until_the_slowest_child_is_warm_and_resets_every_child()
    {
        var fast = new RsiMomentumStrategy(1, 50d, 70d);
        var slow = new EmaCrossStrategy(2, 5);
        var aggregate = new AggregateStrategy([fast, slow], AggregationMode.First);
        var candles = TestCandles.FromCloses(10m, 9m, 9m, 9m, 9m, 9m);

        var signals = aggregate.FeedAll(candles);

        // RSI(1) alone would buy at index 2; the aggregate is warming up until EMA 5's sixth candle.
        Assert.Equal(6, aggregate.WarmupCandles);
        Assert.All(signals[..5], s => Assert.Equal(new StrategySignal("aggregate", SignalAction.Hold, 0d, AggregateStrategy.WarmingUp), s));
        Assert.Equal(SignalAction.Hold, signals[5].Action);
        Assert.NotEqual(AggregateStrategy.WarmingUp, signals[5].Reason);
        aggregate.Reset();
        Assert.True(double.IsNaN(fast.CurrentRsi));
    }

    [Fact]
    public void Uses_equal_weights_when_none_are_given()
    {
        var aggregate = new AggregateStrategy([new ScriptedStrategy(), new ScriptedStrategy()], AggregationMode.Weighted);

        Assert.Equal([0.5d, 0.5d], aggregate.Weights);
        Assert.Equal(AggregateStrategy.DefaultThreshold, aggregate.Threshold);
    }

    [Fact]
    public void Refuses_invalid_arguments()
    {
        var a = new ScriptedStrategy();
        var b = new ScriptedStrategy();

        Assert.Throws<ArgumentOutOfRangeException>(() => new AggregateStrategy([], AggregationMode.Vote));
        Assert.Contains("listed twice", Assert.Throws<ArgumentException>(() => new AggregateStrategy([a, a], AggregationMode.Vote)).Message, StringComparison.Ordinal);
        Assert.Contains("one weight per strategy", Assert.Throws<ArgumentException>(() => new AggregateStrategy([a, b], AggregationMode.Weighted, [1d])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AggregateStrategy([a, b], AggregationMode.Weighted, [1d, -0.5d]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AggregateStrategy([a, b], AggregationMode.Weighted, null, 0d));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AggregateStrategy([a, b], (AggregationMode)7));
    }

    private static (AggregateStrategy Aggregate, ScriptedStrategy[] Children) Aggregate(AggregationMode mode, string actions)
    {
        var children = actions.Select(a => new ScriptedStrategy { Next = Action(a) }).ToArray();
        return (new AggregateStrategy(children, mode, [0.5d, 0.3d, 0.2d], 0.5d), children);
    }

    private static AggregationMode Mode(string name) => Enum.Parse<AggregationMode>(name, ignoreCase: true);

    private static SignalAction Action(char code) => code switch
    {
        'B' => SignalAction.Buy,
        'S' => SignalAction.Sell,
        _ => SignalAction.Hold,
    };
}
