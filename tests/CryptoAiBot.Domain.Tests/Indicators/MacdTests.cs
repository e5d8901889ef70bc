using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class MacdTests
{
    [Theory]
    [InlineData("binance_BTC-USDT_1m.csv")]
    [InlineData("binance_ETH-USDT_15m.csv")]
    public void Matches_closed_form_emas_of_closes_and_of_the_macd_line_on_every_real_candle(string file)
    {
        var closes = RealCandles.Get(file).Close;
        var macd = new Macd(12, 26, 9);
        var line = new double[closes.Length];
        var signal = new double[closes.Length];
        var histogram = new double[closes.Length];

        for (var i = 0; i < closes.Length; i++)
        {
            macd.Update(closes[i]);
            (line[i], signal[i], histogram[i]) = (macd.MacdLine, macd.SignalLine, macd.Histogram);
        }

        var fast = ReferenceIndicators.Ema(closes, 12);
        var slow = ReferenceIndicators.Ema(closes, 26);
        var expectedLine = fast.Zip(slow, (f, s) => f - s).ToArray();
        var expectedSignal = ReferenceIndicators.Ema(expectedLine, 9, first: 25);
        GoldenAssert.Matches(expectedLine, line, $"MACD line {file}");
        GoldenAssert.Matches(expectedSignal, signal, $"MACD signal {file}");
        GoldenAssert.Matches(expectedLine.Zip(expectedSignal, (l, s) => l - s).ToArray(), histogram, $"MACD histogram {file}");
    }

    [Fact]
    public void Has_a_macd_line_after_slow_closes_and_everything_after_slow_plus_signal_minus_one()
    {
        var macd = new Macd(2, 4, 3);

        for (var i = 1; i <= 3; i++)
        {
            macd.Update(i);
        }

        Assert.False(macd.IsMacdLineReady);
        macd.Update(4d);
        Assert.True(macd.IsMacdLineReady);
        Assert.False(macd.IsReady);
        macd.Update(5d);
        Assert.False(macd.IsReady);
        macd.Update(6d);
        Assert.Equal((6, true), (macd.WarmupPeriod, macd.IsReady));
        Assert.Equal(macd.MacdLine - macd.SignalLine, macd.Histogram);
    }

    [Fact]
    public void Reset_forgets_every_close()
    {
        var macd = new Macd(1, 2, 1);
        macd.Update(1d);
        macd.Update(2d);

        macd.Reset();

        Assert.False(macd.IsMacdLineReady);
        Assert.True(double.IsNaN(macd.MacdLine));
        macd.Update(10d);
        macd.Update(10d);
        Assert.Equal((0d, 0d, 0d), (macd.MacdLine, macd.SignalLine, macd.Histogram));
    }
}
