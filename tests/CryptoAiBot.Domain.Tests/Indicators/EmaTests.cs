using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class EmaTests
{
    [Theory]
    [InlineData("binance_BTC-USDT_1m.csv", 12)]
    [InlineData("binance_BTC-USDT_1m.csv", 26)]
    [InlineData("binance_ETH-USDT_15m.csv", 12)]
    [InlineData("binance_ETH-USDT_15m.csv", 26)]
    public void Matches_the_closed_form_weighted_sum_on_every_real_candle(string file, int period)
    {
        var closes = RealCandles.Get(file).Close;
        var ema = new Ema(period);

        var actual = Array.ConvertAll(closes, ema.Update);

        GoldenAssert.Matches(ReferenceIndicators.Ema(closes, period), actual, $"EMA({period}) {file}");
    }

    [Fact]
    public void Is_seeded_with_the_mean_of_the_first_period_inputs_then_smooths_with_two_over_period_plus_one()
    {
        var ema = new Ema(3);

        Assert.True(double.IsNaN(ema.Update(2d)));
        Assert.True(double.IsNaN(ema.Update(4d)));
        Assert.Equal(4d, ema.Update(6d));
        Assert.Equal((3, true, 0.5d), (ema.WarmupPeriod, ema.IsReady, ema.Alpha));
        Assert.Equal(7d, ema.Update(10d));
    }

    [Fact]
    public void Reset_forgets_every_input()
    {
        var ema = new Ema(2);
        ema.Update(10d);
        ema.Update(20d);

        ema.Reset();

        Assert.False(ema.IsReady);
        Assert.True(double.IsNaN(ema.Update(1d)));
        Assert.Equal(2d, ema.Update(3d));
    }
}
