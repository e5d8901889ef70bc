using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class BollingerBandsTests
{
    [Theory]
    [InlineData("binance_BTC-USDT_1m.csv", 20, 2d)]
    [InlineData("binance_ETH-USDT_15m.csv", 10, 1.5d)]
    public void Matches_a_two_pass_population_deviation_on_every_real_candle(string file, int period, double k)
    {
        var closes = RealCandles.Get(file).Close;
        var actual = Run(new BollingerBands(period, k), closes);

        var middle = ReferenceIndicators.Sma(closes, period);
        var std = ReferenceIndicators.PopulationStd(closes, period);
        var upper = middle.Zip(std, (m, s) => m + (k * s)).ToArray();
        var lower = middle.Zip(std, (m, s) => m - (k * s)).ToArray();
        var percentB = closes.Select((c, i) => upper[i] > lower[i] ? (c - lower[i]) / (upper[i] - lower[i]) : double.NaN).ToArray();
        GoldenAssert.Matches(middle, actual.Middle, $"middle {file}");
        GoldenAssert.Matches(std, actual.Deviation, $"std {file}");
        GoldenAssert.Matches(upper, actual.Upper, $"upper {file}");
        GoldenAssert.Matches(lower, actual.Lower, $"lower {file}");
        GoldenAssert.Matches(upper.Select((u, i) => (u - lower[i]) / middle[i]).ToArray(), actual.Bandwidth, $"bandwidth {file}");
        GoldenAssert.Matches(percentB, actual.PercentB.Select((p, i) => double.IsNaN(percentB[i]) ? double.NaN : p).ToArray(), $"%B {file}");
    }

    [Fact]
    public void Stays_exact_on_a_high_price_with_tiny_moves_and_when_a_window_turns_flat_after_an_outlier()
    {
        // Cancellation stress: a large level, moves of a millionth of it, a huge outlier, then a flat run.
        var closes = Enumerable.Range(0, 5_000)
            .Select(i => i switch
            {
                < 2_000 => 1_000_000d + (Math.Sin(i * 0.37) * 0.01),
                2_000 => 5_000_000d,
                < 3_000 => 1_000_000d,
                _ => 1_000_000d + ((i % 7) * 1e-4),
            })
            .ToArray();

        var actual = Run(new BollingerBands(20, 2d), closes);

        GoldenAssert.Matches(ReferenceIndicators.Sma(closes, 20), actual.Middle, "middle");
        GoldenAssert.Matches(ReferenceIndicators.PopulationStd(closes, 20), actual.Deviation, "std");
        Assert.Equal(0d, actual.Deviation[2_500]);
        Assert.Equal(0.5d, actual.PercentB[2_500]);
    }

    [Fact]
    public void Is_ready_after_period_closes_with_population_deviation()
    {
        var bands = new BollingerBands(4, 1d);
        foreach (var close in new[] { 2d, 4d, 4d })
        {
            bands.Update(close);
        }

        Assert.False(bands.IsReady);
        Assert.True(double.IsNaN(bands.Middle));
        bands.Update(6d);

        // Mean 4; squared deviations 4, 0, 0, 4 → population variance 2 (the sample one would be 8/3).
        Assert.Equal((4, true, 4d), (bands.WarmupPeriod, bands.IsReady, bands.Middle));
        Assert.Equal(Math.Sqrt(2d), bands.StandardDeviation, 12);
        Assert.Equal(4d + Math.Sqrt(2d), bands.Upper, 12);
        Assert.Equal(4d - Math.Sqrt(2d), bands.Lower, 12);
        Assert.Equal(2d * Math.Sqrt(2d) / 4d, bands.Bandwidth, 12);
        Assert.Equal((6d - bands.Lower) / (bands.Upper - bands.Lower), bands.PercentB, 12);
    }

    [Fact]
    public void Reset_forgets_every_close()
    {
        var bands = new BollingerBands(2, 2d);
        bands.Update(1d);
        bands.Update(100d);

        bands.Reset();
        bands.Update(5d);

        Assert.False(bands.IsReady);
        bands.Update(7d);
        Assert.Equal((6d, 1d), (bands.Middle, bands.StandardDeviation));
    }

    private static (double[] Middle, double[] Deviation, double[] Upper, double[] Lower, double[] Bandwidth, double[] PercentB) Run(
        BollingerBands bands, double[] closes)
    {
        var n = closes.Length;
        var r = (new double[n], new double[n], new double[n], new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            bands.Update(closes[i]);
            (r.Item1[i], r.Item2[i], r.Item3[i], r.Item4[i], r.Item5[i], r.Item6[i]) =
                (bands.Middle, bands.StandardDeviation, bands.Upper, bands.Lower, bands.Bandwidth, bands.PercentB);
        }

        return r;
    }
}
