using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class AtrBreakoutStrategyTests
{
    // ATR(2), channel of the 3 previous closes, multiplier 1. Every bar is close ± 0.5.
    //  3: 10    channel 10..10, ATR 1 → buy above 11, sell below 9: hold
    //  4: 11.5  above 11: buy (ATR as of candle 3; this candle's true range 2 is not used yet)
    //  5: 11.6  channel 10..11.5, ATR (1 + 2) / 2 = 1.5 → buy above 13: hold
    //  6: 8     channel 10..11.6, ATR (1.5 + 1) / 2 = 1.25 → sell below 8.75: sell
    private static readonly decimal[] Closes = [10m, 10m, 10m, 10m, 11.5m, 11.6m, 8m];

    [Fact]
    public void Buys_above_the_channel_high_plus_atr_and_sells_below_the_channel_low_minus_atr()
    {
        var strategy = new AtrBreakoutStrategy(2, 3, 1d);

        var signals = strategy.FeedAll(TestCandles.FromBars([.. Closes.Select(c => (c + 0.5m, c - 0.5m, c))]));

        Assert.Equal(
            [(4, SignalAction.Buy, AtrBreakoutStrategy.BrokeOutUp), (6, SignalAction.Sell, AtrBreakoutStrategy.BrokeOutDown)],
            signals.NonHolds());
        Assert.All(signals[..3], s => Assert.Equal(AtrBreakoutStrategy.WarmingUp, s.Reason));
        Assert.Equal((AtrBreakoutStrategy.InsideChannel, 0d), (signals[3].Reason, signals[3].Score));
        Assert.Equal((1d, -1d), (signals[4].Score, signals[6].Score));
    }

    [Fact]
    public void Scores_the_position_inside_the_widened_channel()
    {
        var strategy = new AtrBreakoutStrategy(2, 3, 1d);

        var signals = strategy.FeedAll(TestCandles.FromBars([.. Closes[..5].Append(12m).Select(c => (c + 0.5m, c - 0.5m, c))]));

        // Candle 5: channel 10..11.5 widened by 1.5 → 8.5..13, centre 10.75, half width 2.25.
        Assert.Equal((12d - 10.75d) / 2.25d, signals[5].Score, 12);
        Assert.Equal(1.25d, strategy.CurrentAtr);
    }

    [Theory]
    [InlineData(0, 20, 1d, "period")]
    [InlineData(14, 0, 1d, "lookback")]
    [InlineData(14, 20, 0d, "multiplier")]
    [InlineData(14, 20, double.NaN, "multiplier")]
    public void Refuses_invalid_parameters(int atrPeriod, int lookback, double multiplier, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AtrBreakoutStrategy(atrPeriod, lookback, multiplier));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Defaults_to_atr_14_over_20_candles_with_one_atr_and_warms_up_for_21_candles()
    {
        var strategy = new AtrBreakoutStrategy();

        Assert.Equal(("atr_breakout", 14, 20, 1d, 21), (strategy.Name, strategy.AtrPeriod, strategy.Lookback, strategy.Multiplier, strategy.WarmupCandles));
    }
}
