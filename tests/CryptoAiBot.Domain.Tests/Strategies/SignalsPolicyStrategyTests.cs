using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class SignalsPolicyStrategyTests
{
    [Fact]
    public void Buys_on_an_ema_cross_up_below_overbought_and_sells_on_overbought_or_a_cross_down()
    {
        // EMA 2/3, RSI(5), overbought 70. Index 6 is the first verdict: the dip turns the flat EMAs down.
        // 8: fast 9.919 crosses above slow 9.887 with RSI 57.9 → buy; 9: RSI 57.9 → 71.8 → sell;
        // 14: fast 11.482 falls below slow 11.706 → sell.
        var candles = TestCandles.FromCloses(10m, 10m, 10m, 10m, 10m, 10m, 9.5m, 9.8m, 10m, 10.3m, 11.5m, 12.5m, 14m, 12m, 11m);

        var signals = new SignalsPolicyStrategy(2, 3, 5, 70d).FeedAll(candles);

        Assert.Equal(
            [
                (6, SignalAction.Sell, SignalsPolicyStrategy.TrendTurnedDown),
                (8, SignalAction.Buy, SignalsPolicyStrategy.TrendTurnedUp),
                (9, SignalAction.Sell, SignalsPolicyStrategy.TurnedOverbought),
                (14, SignalAction.Sell, SignalsPolicyStrategy.TrendTurnedDown),
            ],
            signals.NonHolds());
        Assert.All(signals[..6], s => Assert.Equal(SignalsPolicyStrategy.WarmingUp, s.Reason));
        Assert.Equal(SignalsPolicyStrategy.NoSignal, signals[7].Reason);
    }

    [Fact]
    public void Holds_on_an_ema_cross_up_while_rsi_stays_overbought()
    {
        // A steady rise (RSI 100), a dip that crosses the EMAs down with RSI still 78, then a jump that
        // crosses them up again with RSI 84: the cross is not bought, and RSI did not cross 70 either.
        var closes = Enumerable.Range(10, 16).Select(c => (decimal)c).Append(22.5m).Append(26m).ToArray();
        var strategy = new SignalsPolicyStrategy(2, 3, 10, 70d);

        var signals = strategy.FeedAll(TestCandles.FromCloses(closes));

        Assert.Equal([(16, SignalAction.Sell, SignalsPolicyStrategy.TrendTurnedDown)], signals.NonHolds());
        Assert.Equal(SignalsPolicyStrategy.CrossIgnoredOverbought, signals[17].Reason);
        Assert.True(strategy.Fast > strategy.Slow && strategy.CurrentRsi > 70d);
        Assert.True(signals[17].Score > 0d);
    }

    [Theory]
    [InlineData(0, 26, 14, 70d, "emaFast")]
    [InlineData(12, 12, 14, 70d, "emaSlow")]
    [InlineData(12, 26, 0, 70d, "period")]
    [InlineData(12, 26, 14, 100d, "rsiOverbought")]
    public void Refuses_invalid_parameters(int fast, int slow, int rsiPeriod, double overbought, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SignalsPolicyStrategy(fast, slow, rsiPeriod, overbought));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Defaults_to_ema_12_26_and_rsi_14_below_70_and_warms_up_for_27_candles()
    {
        var s = new SignalsPolicyStrategy();

        Assert.Equal(("signals_policy", 12, 26, 14, 70d, 27), (s.Name, s.FastPeriod, s.SlowPeriod, s.RsiPeriod, s.RsiOverbought, s.WarmupCandles));
    }
}
