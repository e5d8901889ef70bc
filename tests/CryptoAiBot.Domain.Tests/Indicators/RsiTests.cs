using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class RsiTests
{
    [Theory]
    [InlineData("binance_BTC-USDT_1m.csv", 14)]
    [InlineData("binance_BTC-USDT_1m.csv", 5)]
    [InlineData("binance_ETH-USDT_15m.csv", 14)]
    public void Matches_the_textbook_wilder_rsi_on_every_real_candle(string file, int period)
    {
        var closes = RealCandles.Get(file).Close;
        var rsi = new Rsi(period);

        var actual = Array.ConvertAll(closes, rsi.Update);

        GoldenAssert.Matches(ReferenceIndicators.Rsi(closes, period), actual, $"RSI({period}) {file}");
    }

    [Fact]
    public void Needs_period_plus_one_closes_and_seeds_with_the_simple_mean_of_the_first_changes()
    {
        var rsi = new Rsi(2);

        rsi.Update(10d);
        rsi.Update(12d);
        Assert.False(rsi.IsReady);
        var first = rsi.Update(11d);

        // Changes +2, −1: average gain 1, average loss 0.5, RSI = 100 × 1 / 1.5.
        Assert.Equal((3, true), (rsi.WarmupPeriod, rsi.IsReady));
        Assert.Equal(100d / 1.5d, first, 12);

        // Next change +3: gain (1 × 1 + 3) / 2 = 2, loss (0.5 × 1 + 0) / 2 = 0.25.
        Assert.Equal(100d * 2d / 2.25d, rsi.Update(14d), 12);
    }

    [Theory]
    [InlineData(new[] { 1d, 2d, 3d, 4d }, 100d)]
    [InlineData(new[] { 4d, 3d, 2d, 1d }, 0d)]
    [InlineData(new[] { 5d, 5d, 5d, 5d }, 50d)]
    public void Is_100_without_losses_0_without_gains_and_50_when_flat(double[] closes, double expected)
    {
        var rsi = new Rsi(3);

        var last = Array.ConvertAll(closes, rsi.Update)[^1];

        Assert.Equal(expected, last);
    }

    [Fact]
    public void Reset_forgets_every_close()
    {
        var rsi = new Rsi(1);
        rsi.Update(1d);
        rsi.Update(2d);

        rsi.Reset();

        Assert.True(double.IsNaN(rsi.Update(5d)));
        Assert.Equal(0d, rsi.Update(4d));
    }
}
