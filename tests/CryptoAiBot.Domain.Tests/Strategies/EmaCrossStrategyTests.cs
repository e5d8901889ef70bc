using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

/// <summary>EMA cross: buy on the candle where the fast EMA crosses above the slow one, sell on the cross below.</summary>
public sealed class EmaCrossStrategyTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 3, 0, 0, 0, TimeSpan.Zero);

    // Eight flat candles (indexes 0-7), then the price moves on index 8.
    private const int FirstMove = 8;

    // Fast 3, slow 5: six closed candles before anything but hold.
    private readonly EmaCrossStrategy _strategy = new(3, 5);

    [Fact]
    public void Holds_with_a_reason_while_warming_up()
    {
        var signal = _strategy.Evaluate(Candles(100m, 101m, 102m, 103m, 104m));

        Assert.Equal(new StrategySignal("ema_cross", SignalAction.Hold, 0d, EmaCrossStrategy.WarmingUp), signal);
    }

    [Fact]
    public void Buys_exactly_once_on_the_candle_where_a_flat_series_starts_rising()
    {
        // On a flat series both EMAs equal the price; the first higher close lifts the fast one above the slow one.
        var closes = Flat(FirstMove).Concat([101m, 102m, 103m, 104m, 105m]).ToArray();

        var actions = ActionsOnEveryPrefix(closes);

        Assert.Equal(closes.Length - _strategy.WarmupCandles + 1, actions.Count);
        Assert.Equal(SignalAction.Buy, actions[FirstMove]);
        Assert.All(actions.Where(a => a.Key != FirstMove), a => Assert.Equal(SignalAction.Hold, a.Value));
    }

    [Fact]
    public void Sells_exactly_once_on_the_candle_where_a_flat_series_starts_falling()
    {
        var closes = Flat(FirstMove).Concat([99m, 98m, 97m, 96m, 95m]).ToArray();

        var actions = ActionsOnEveryPrefix(closes);

        Assert.Equal(SignalAction.Sell, actions[FirstMove]);
        Assert.All(actions.Where(a => a.Key != FirstMove), a => Assert.Equal(SignalAction.Hold, a.Value));
    }

    [Fact]
    public void Scores_a_buy_positive_and_a_sell_negative_within_one()
    {
        var buy = _strategy.Evaluate(Candles([.. Flat(FirstMove), 150m]));
        var sell = _strategy.Evaluate(Candles([.. Flat(FirstMove), 50m]));

        Assert.Equal(SignalAction.Buy, buy.Action);
        Assert.InRange(buy.Score, 1e-6, 1d);
        Assert.Equal(EmaCrossStrategy.CrossedAbove, buy.Reason);
        Assert.Equal(SignalAction.Sell, sell.Action);
        Assert.InRange(sell.Score, -1d, -1e-6);
        Assert.Equal(EmaCrossStrategy.CrossedBelow, sell.Reason);
    }

    [Fact]
    public void Holds_on_a_flat_series_after_warm_up()
    {
        var signal = _strategy.Evaluate(Candles(Flat(20)));

        Assert.Equal(SignalAction.Hold, signal.Action);
        Assert.Equal(0d, signal.Score);
        Assert.Equal(EmaCrossStrategy.NoCross, signal.Reason);
    }

    [Fact]
    public void Feeding_candles_one_by_one_gives_the_same_verdicts_as_a_fresh_strategy_on_each_prefix()
    {
        var closes = Flat(FirstMove).Concat([101m, 99m, 103m, 97m, 105m, 104m, 90m]).ToArray();
        var incremental = new EmaCrossStrategy(3, 5);
        var candles = Candles(closes);

        var fed = candles.Select(c => incremental.OnCandle(c)).ToArray();

        for (var i = 0; i < candles.Count; i++)
        {
            Assert.Equal(new EmaCrossStrategy(3, 5).Evaluate(candles[..(i + 1)]), fed[i]);
        }
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(-1, 5)]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    public void Refuses_periods_that_are_not_zero_below_fast_below_slow(int fast, int slow)
    {
        var error = Assert.Throws<ArgumentException>(() => new EmaCrossStrategy(fast, slow));

        Assert.Contains($"fast={fast}, slow={slow}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_to_twelve_and_twenty_six()
    {
        var strategy = new EmaCrossStrategy();

        Assert.Equal((12, 26, 27, "ema_cross"), (strategy.FastPeriod, strategy.SlowPeriod, strategy.WarmupCandles, strategy.Name));
    }

    /// <summary>The action for each prefix long enough to be evaluated, keyed by the index of its last candle.</summary>
    private Dictionary<int, SignalAction> ActionsOnEveryPrefix(decimal[] closes) =>
        Enumerable.Range(_strategy.WarmupCandles, closes.Length - _strategy.WarmupCandles + 1)
            .ToDictionary(length => length - 1, length => _strategy.Evaluate(Candles(closes[..length])).Action);

    private static decimal[] Flat(int count) => Enumerable.Repeat(100m, count).ToArray();

    private static List<Candle> Candles(params decimal[] closes) =>
        [.. closes.Select((close, i) => new Candle(Start.AddMinutes(15 * i), close, close, close, close, 1m))];
}
