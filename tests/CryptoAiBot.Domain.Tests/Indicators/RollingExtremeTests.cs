using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class RollingExtremeTests
{
    [Theory]
    [InlineData("binance_ETH-USDT_15m.csv", 1)]
    [InlineData("binance_BTC-USDT_1m.csv", 55)]
    public void Match_a_from_scratch_window_scan_on_every_real_candle(string file, int period)
    {
        var closes = RealCandles.Get(file).Close;
        var max = new RollingMaximum(period);
        var min = new RollingMinimum(period);

        var highest = Array.ConvertAll(closes, max.Update);
        var lowest = Array.ConvertAll(closes, min.Update);

        Assert.Equal(ReferenceIndicators.Max(closes, period)[(period - 1)..], highest[(period - 1)..]);
        Assert.Equal(ReferenceIndicators.Min(closes, period)[(period - 1)..], lowest[(period - 1)..]);
    }

    [Fact]
    public void Cover_the_inputs_so_far_until_the_window_is_full_and_forget_them_on_reset()
    {
        var max = new RollingMaximum(3);
        var min = new RollingMinimum(3);

        Assert.Equal([5d, 5d, 5d, 4d, 4d], Array.ConvertAll([5d, 1d, 2d, 4d, 3d], max.Update));
        Assert.Equal([5d, 1d, 1d, 1d, 2d], Array.ConvertAll([5d, 1d, 2d, 4d, 3d], min.Update));
        Assert.Equal((3, true, true), (max.WarmupPeriod, max.IsReady, min.IsReady));

        max.Reset();
        min.Reset();

        Assert.False(max.IsReady || min.IsReady);
        Assert.Equal((7d, 7d), (max.Update(7d), min.Update(7d)));
    }

    [Fact]
    public void Keep_equal_values_until_the_newest_of_them_leaves()
    {
        var max = new RollingMaximum(2);

        Assert.Equal([4d, 4d, 4d, 1d], Array.ConvertAll([4d, 4d, 1d, 1d], max.Update));
    }
}
