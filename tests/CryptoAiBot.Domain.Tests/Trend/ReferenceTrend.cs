using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>
/// An independent computation of the per-timeframe trend score tanh((close − EMA(n)) / (k × ATR(m))): each
/// point is recomputed from scratch with the explicit (closed-form) weights of the EMA and of Wilder's ATR
/// instead of the recursive updates the production code uses. O(N²): for test series only.
/// </summary>
internal static class ReferenceTrend
{
    public static double[] Scores(IReadOnlyList<Candle> candles, int emaPeriod, int atrPeriod, double atrMultiple)
    {
        var closes = candles.Select(c => (double)c.Close).ToArray();
        var ranges = new double[candles.Count];
        for (var i = 0; i < ranges.Length; i++)
        {
            var high = (double)candles[i].High;
            var low = (double)candles[i].Low;
            ranges[i] = i == 0 ? high - low : Math.Max(high - low, Math.Max(Math.Abs(high - closes[i - 1]), Math.Abs(low - closes[i - 1])));
        }

        var scores = new double[candles.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            if (i + 1 < Math.Max(emaPeriod, atrPeriod))
            {
                scores[i] = double.NaN;
                continue;
            }

            var ema = SeededAverage(closes, i, emaPeriod, 2d / (emaPeriod + 1));
            var atr = SeededAverage(ranges, i, atrPeriod, 1d / atrPeriod);
            var distance = closes[i] - ema;
            scores[i] = distance == 0d ? 0d : Math.Tanh(distance / (atrMultiple * atr));
        }

        return scores;
    }

    /// <summary>
    /// The exponential average at <paramref name="end"/> seeded with the mean of the first <paramref name="period"/>
    /// values: (1 − a)^(end − period + 1) × seed + Σ_{j = period..end} a × (1 − a)^(end − j) × x_j.
    /// </summary>
    private static double SeededAverage(double[] x, int end, int period, double alpha)
    {
        var seed = x.Take(period).Average();
        var value = Math.Pow(1d - alpha, end - period + 1) * seed;
        for (var j = period; j <= end; j++)
        {
            value += alpha * Math.Pow(1d - alpha, end - j) * x[j];
        }

        return value;
    }
}
