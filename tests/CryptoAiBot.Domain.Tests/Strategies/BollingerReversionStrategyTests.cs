using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class BollingerReversionStrategyTests
{
    // Bands(3, k = 1) after each close (lower / middle / upper):
    //  4: 7      7.586 / 9.000 / 10.414   close below the lower band
    //  5: 8      7.086 / 8.333 /  9.581   back inside, below the middle: buy
    //  6: 9      7.184 / 8.000 /  8.816   previous close 8 was below the middle 8.333, now above: sell
    //  8: 9      8.678 / 8.867 /  9.055   previous close 8.6 above the middle: no new cross
    //  9: 10     8.611 / 9.200 /  9.789   previous close 9 within the bands, now above the upper: sell
    private static readonly decimal[] Closes = [10m, 10m, 10m, 10m, 7m, 8m, 9m, 8.6m, 9m, 10m, 10.2m];

    [Fact]
    public void Buys_back_inside_the_lower_band_and_sells_at_the_middle_or_above_the_upper_band()
    {
        var signals = new BollingerReversionStrategy(3, 1d).FeedAll(TestCandles.FromCloses(Closes));

        Assert.Equal(
            [
                (5, SignalAction.Buy, BollingerReversionStrategy.BackAboveLower),
                (6, SignalAction.Sell, BollingerReversionStrategy.ReachedMiddle),
                (9, SignalAction.Sell, BollingerReversionStrategy.BrokeAboveUpper),
            ],
            signals.NonHolds());
        Assert.All(signals[..3], s => Assert.Equal(BollingerReversionStrategy.WarmingUp, s.Reason));
        Assert.Equal(BollingerReversionStrategy.InsideBands, signals[3].Reason);
    }

    [Fact]
    public void Scores_plus_one_at_the_lower_band_and_minus_one_above_the_upper()
    {
        var strategy = new BollingerReversionStrategy(3, 1d);
        var signals = strategy.FeedAll(TestCandles.FromCloses(Closes));

        Assert.Equal(1d, signals[4].Score);
        Assert.Equal(1d - (2d * PercentBOfTheBuy()), signals[5].Score, 12);
        Assert.Equal(-1d, signals[9].Score);
        Assert.True(strategy.Lower < strategy.Middle && strategy.Middle < strategy.Upper);
    }

    [Fact]
    public void Does_not_buy_when_the_close_jumps_from_below_the_lower_band_past_the_middle()
    {
        var signals = new BollingerReversionStrategy(3, 1d).FeedAll(TestCandles.FromCloses(10m, 10m, 10m, 10m, 7m, 10m));

        Assert.Equal([(5, SignalAction.Sell, BollingerReversionStrategy.ReachedMiddle)], signals.NonHolds());
    }

    [Theory]
    [InlineData(1, 2d, "period")]
    [InlineData(20, 0d, "k")]
    [InlineData(20, double.PositiveInfinity, "k")]
    public void Refuses_invalid_parameters(int period, double k, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerReversionStrategy(period, k));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Defaults_to_20_periods_and_2_deviations_and_warms_up_for_21_candles()
    {
        var strategy = new BollingerReversionStrategy();

        Assert.Equal(("bollinger", 20, 2d, 21), (strategy.Name, strategy.Period, strategy.K, strategy.WarmupCandles));
    }

    /// <summary>Candle 5: window 10, 7, 8 → mean 25/3, population variance 14/9, close 8.</summary>
    private static double PercentBOfTheBuy()
    {
        var deviation = Math.Sqrt(14d / 9d);
        return (8d - ((25d / 3d) - deviation)) / (2d * deviation);
    }
}
