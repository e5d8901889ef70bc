using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class StrategyRegistryTests
{
    private const string Known = "known: ema_cross, rsi_momentum, bollinger, atr_breakout, signals_policy";
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly Dictionary<string, double> NoWeights = [];

    [Fact]
    public void Knows_the_five_strategies_by_their_setting_names()
    {
        Assert.Equal(["ema_cross", "rsi_momentum", "bollinger", "atr_breakout", "signals_policy"], StrategyRegistry.Names);
        Assert.All(StrategyRegistry.Names, n => Assert.True(StrategyRegistry.IsKnown(n)));
        Assert.False(StrategyRegistry.IsKnown("macd"));
        Assert.All(StrategyRegistry.Names, n => Assert.Equal(n, StrategyRegistry.Create(n, StrategyParameters.Default).Name));
    }

    [Fact]
    public void Creates_each_strategy_with_its_parameters()
    {
        var p = new StrategyParameters
        {
            EmaFast = 5, EmaSlow = 9, RsiPeriod = 7, RsiBuyBelow = 25, RsiSellAbove = 75,
            BollingerPeriod = 15, BollingerK = 1.5, AtrPeriod = 10, AtrLookback = 30, AtrMultiplier = 0.5,
        };

        var ema = Assert.IsType<EmaCrossStrategy>(StrategyRegistry.Create("ema_cross", p));
        var rsi = Assert.IsType<RsiMomentumStrategy>(StrategyRegistry.Create("rsi_momentum", p));
        var bollinger = Assert.IsType<BollingerReversionStrategy>(StrategyRegistry.Create("bollinger", p));
        var atr = Assert.IsType<AtrBreakoutStrategy>(StrategyRegistry.Create("atr_breakout", p));
        var policy = Assert.IsType<SignalsPolicyStrategy>(StrategyRegistry.Create("signals_policy", p));

        Assert.Equal((5, 9), (ema.FastPeriod, ema.SlowPeriod));
        Assert.Equal((7, 25d, 75d), (rsi.Period, rsi.BuyBelow, rsi.SellAbove));
        Assert.Equal((15, 1.5d), (bollinger.Period, bollinger.K));
        Assert.Equal((10, 30, 0.5d), (atr.AtrPeriod, atr.Lookback, atr.Multiplier));
        Assert.Equal((5, 9, 7, 75d), (policy.FastPeriod, policy.SlowPeriod, policy.RsiPeriod, policy.RsiOverbought));
    }

    [Fact]
    public void Refuses_an_unknown_name_listing_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyRegistry.Create("macd", StrategyParameters.Default));
        var fromFactory = Assert.Throws<ArgumentException>(() => StrategyRegistry.CreateFactory(["ema_cross", "macd"], AggregationMode.Vote, NoWeights, StrategyParameters.Default));

        Assert.StartsWith($"Unknown strategy 'macd'; {Known}.", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Unknown strategy 'macd'; {Known}.", fromFactory.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_the_single_strategy_itself_fresh_for_each_symbol()
    {
        var factory = StrategyRegistry.CreateFactory(["bollinger"], AggregationMode.Weighted, NoWeights, StrategyParameters.Default);

        var first = factory(Btc);
        var second = factory(Symbol.Parse("ETH/USDT"));

        Assert.IsType<BollingerReversionStrategy>(first);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Builds_an_aggregate_in_set_order_with_aligned_weights_and_the_threshold()
    {
        var weights = new Dictionary<string, double> { ["atr_breakout"] = 0.25, ["ema_cross"] = 0.75 };
        var p = StrategyParameters.Default with { WeightedThreshold = 0.6 };

        var aggregate = Assert.IsType<AggregateStrategy>(
            StrategyRegistry.CreateFactory(["ema_cross", "rsi_momentum", "atr_breakout"], AggregationMode.Weighted, weights, p)(Btc));

        Assert.Equal(["ema_cross", "rsi_momentum", "atr_breakout"], aggregate.Strategies.Select(s => s.Name));
        Assert.Equal([0.75d, 0d, 0.25d], aggregate.Weights);
        Assert.Equal((AggregationMode.Weighted, 0.6d, 27), (aggregate.Mode, aggregate.Threshold, aggregate.WarmupCandles));
    }

    [Fact]
    public void Checks_the_whole_configuration_when_the_factory_is_made()
    {
        var p = StrategyParameters.Default;

        Assert.Contains("empty", Message(() => StrategyRegistry.CreateFactory([], AggregationMode.First, NoWeights, p)), StringComparison.Ordinal);
        Assert.Contains("more than once", Message(() => StrategyRegistry.CreateFactory(["bollinger", "bollinger"], AggregationMode.First, NoWeights, p)), StringComparison.Ordinal);
        Assert.Contains("not in the strategy set", Message(() => StrategyRegistry.CreateFactory(["bollinger"], AggregationMode.First, new Dictionary<string, double> { ["ema_cross"] = 1 }, p)), StringComparison.Ordinal);
        Assert.Contains("needs a weight", Message(() => StrategyRegistry.CreateFactory(["bollinger", "ema_cross"], AggregationMode.Weighted, NoWeights, p)), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => StrategyRegistry.CreateFactory(["ema_cross", "rsi_momentum"], AggregationMode.Vote, NoWeights, p with { RsiBuyBelow = 80 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => StrategyRegistry.CreateFactory(["bollinger", "rsi_momentum"], AggregationMode.Weighted, new Dictionary<string, double> { ["bollinger"] = 1 }, p with { WeightedThreshold = 0 }));
    }

    private static string Message(Action action) => Assert.ThrowsAny<ArgumentException>(action).Message;
}
