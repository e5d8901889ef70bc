using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class AtrTests
{
    [Theory]
    [InlineData("binance_BTC-USDT_1m.csv", 14)]
    [InlineData("binance_ETH-USDT_15m.csv", 14)]
    [InlineData("binance_ETH-USDT_15m.csv", 3)]
    public void Matches_the_textbook_wilder_atr_on_every_real_candle(string file, int period)
    {
        var s = RealCandles.Get(file);
        var atr = new Atr(period);

        var actual = new double[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            actual[i] = atr.Update(s.High[i], s.Low[i], s.Close[i]);
        }

        GoldenAssert.Matches(ReferenceIndicators.Atr(s.High, s.Low, s.Close, period), actual, $"ATR({period}) {file}");
    }

    [Fact]
    public void Counts_the_first_candles_high_minus_low_and_gaps_from_the_previous_close()
    {
        var atr = new Atr(2);

        Assert.True(double.IsNaN(atr.Update(high: 12d, low: 10d, close: 11d)));
        Assert.Equal(2d, atr.TrueRange);

        // Gap up: |high − previous close| = 20 − 11 = 9 beats high − low = 1.
        Assert.Equal((2d + 9d) / 2d, atr.Update(high: 20d, low: 19d, close: 19.5d));
        Assert.Equal((2, true, 9d), (atr.WarmupPeriod, atr.IsReady, atr.TrueRange));

        // Gap down: |low − previous close| = 19.5 − 15 = 4.5; Wilder: (5.5 × 1 + 4.5) / 2.
        Assert.Equal(5d, atr.Update(high: 16d, low: 15d, close: 15.5d));
    }

    [Fact]
    public void Reset_forgets_every_candle()
    {
        var atr = new Atr(1);
        atr.Update(5d, 1d, 3d);

        atr.Reset();

        Assert.False(atr.IsReady);
        Assert.Equal(1d, atr.Update(101d, 100d, 100d));
    }
}
