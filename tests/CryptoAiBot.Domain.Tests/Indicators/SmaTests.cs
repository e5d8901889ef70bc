using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class SmaTests
{
    [Theory]
    [InlineData("binance_BTC-USDT_1m.csv", 20)]
    [InlineData("binance_ETH-USDT_15m.csv", 50)]
    public void Matches_a_from_scratch_window_sum_on_every_real_candle(string file, int period)
    {
        var closes = RealCandles.Get(file).Close;
        var sma = new Sma(period);

        var actual = Array.ConvertAll(closes, sma.Update);

        GoldenAssert.Matches(ReferenceIndicators.Sma(closes, period), actual, $"SMA({period}) {file}");
    }

    [Fact]
    public void Does_not_drift_over_a_million_updates_across_a_large_price_jump()
    {
        // BTC (~50,000) then ETH (~1,500) five times over: 930k updates with large jumps between files.
        var once = RealCandles.BtcUsdt1m.Close.Concat(RealCandles.EthUsdt15m.Close).ToArray();
        var closes = Enumerable.Repeat(once, 5).SelectMany(c => c).ToArray();
        var sma = new Sma(20);

        var actual = Array.ConvertAll(closes, sma.Update);

        Assert.True(closes.Length > 900_000);
        GoldenAssert.Matches(ReferenceIndicators.Sma(closes, 20), actual, "SMA(20) repeated");
    }

    [Fact]
    public void Is_ready_after_exactly_period_inputs_with_the_plain_mean()
    {
        var sma = new Sma(3);

        Assert.True(double.IsNaN(sma.Update(1d)));
        Assert.True(double.IsNaN(sma.Update(2d)));
        Assert.False(sma.IsReady);
        Assert.Equal(2d, sma.Update(3d));
        Assert.True(sma.IsReady);
        Assert.Equal(3, sma.WarmupPeriod);
        Assert.Equal(3d, sma.Update(4d));
    }

    [Fact]
    public void Reset_forgets_every_input()
    {
        var sma = new Sma(2);
        sma.Update(10d);
        sma.Update(20d);

        sma.Reset();

        Assert.False(sma.IsReady);
        Assert.True(double.IsNaN(sma.Value));
        Assert.True(double.IsNaN(sma.Update(1d)));
        Assert.Equal(2d, sma.Update(3d));
    }
}
