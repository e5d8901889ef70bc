namespace CryptoAiBot.Domain.Tests.Indicators;

/// <summary>
/// Non-incremental reference implementations, written from the textbook definitions and sharing no
/// algorithm with the production indicators: window statistics are recomputed from scratch at every
/// step (two-pass variance), and the exponential averages (EMA, Wilder) are evaluated from their closed
/// form, seed × (1 − α)^m + Σ α (1 − α)^(t − j) x_j, instead of by recursion. The closed form is cut
/// where (1 − α)^k falls below 1e-20 (older terms cannot move the result at 1e-9). Outputs are <see cref="double.NaN"/> before the warm-up ends.
/// </summary>
internal static class ReferenceIndicators
{
    private const double NegligibleWeight = 1e-20;
    private const int AnchorSpacing = 32;

    public static double[] Sma(double[] x, int period)
    {
        var result = Warmup(x.Length, period - 1);
        for (var i = period - 1; i < x.Length; i++)
        {
            var sum = 0d;
            for (var j = i + 1 - period; j <= i; j++)
            {
                sum += x[j];
            }

            result[i] = sum / period;
        }

        return result;
    }

    /// <summary>Population standard deviation, two passes over each window.</summary>
    public static double[] PopulationStd(double[] x, int period)
    {
        var mean = Sma(x, period);
        var result = Warmup(x.Length, period - 1);
        for (var i = period - 1; i < x.Length; i++)
        {
            var squares = 0d;
            for (var j = i + 1 - period; j <= i; j++)
            {
                squares += (x[j] - mean[i]) * (x[j] - mean[i]);
            }

            result[i] = Math.Sqrt(squares / period);
        }

        return result;
    }

    public static double[] Max(double[] x, int period)
    {
        var result = Warmup(x.Length, period - 1);
        for (var i = period - 1; i < x.Length; i++)
        {
            var max = double.NegativeInfinity;
            for (var j = i + 1 - period; j <= i; j++)
            {
                max = x[j] > max ? x[j] : max;
            }

            result[i] = max;
        }

        return result;
    }

    public static double[] Min(double[] x, int period)
    {
        var result = Warmup(x.Length, period - 1);
        for (var i = period - 1; i < x.Length; i++)
        {
            var min = double.PositiveInfinity;
            for (var j = i + 1 - period; j <= i; j++)
            {
                min = x[j] < min ? x[j] : min;
            }

            result[i] = min;
        }

        return result;
    }

    /// <summary>EMA with α = 2/(period+1) seeded with the mean of the first period inputs from <paramref name="first"/> on.</summary>
    public static double[] Ema(double[] x, int period, int first = 0) =>
        Exponential(x, first + period - 1, period, 2d / (period + 1));

    /// <summary>Wilder RSI: 100 − 100 / (1 + RS), RS = average gain / average loss; 100 with no loss, 50 when flat.</summary>
    public static double[] Rsi(double[] close, int period)
    {
        var gains = new double[close.Length];
        var losses = new double[close.Length];
        for (var i = 1; i < close.Length; i++)
        {
            gains[i] = Math.Max(close[i] - close[i - 1], 0d);
            losses[i] = Math.Max(close[i - 1] - close[i], 0d);
        }

        var gain = Exponential(gains, period, period, 1d / period);
        var loss = Exponential(losses, period, period, 1d / period);
        var rsi = new double[close.Length];
        for (var i = 0; i < close.Length; i++)
        {
            rsi[i] = double.IsNaN(gain[i]) ? double.NaN
                : loss[i] == 0d ? (gain[i] == 0d ? 50d : 100d)
                : 100d - (100d / (1d + (gain[i] / loss[i])));
        }

        return rsi;
    }

    /// <summary>Wilder ATR; the first true range is high − low.</summary>
    public static double[] Atr(double[] high, double[] low, double[] close, int period)
    {
        var ranges = new double[close.Length];
        for (var i = 0; i < close.Length; i++)
        {
            ranges[i] = i == 0
                ? high[i] - low[i]
                : Math.Max(high[i] - low[i], Math.Max(Math.Abs(high[i] - close[i - 1]), Math.Abs(low[i] - close[i - 1])));
        }

        return Exponential(ranges, period - 1, period, 1d / period);
    }

    private static double[] Warmup(int length, int firstValue)
    {
        var result = new double[length];
        Array.Fill(result, double.NaN, 0, Math.Min(firstValue, length));
        return result;
    }

    /// <summary>
    /// avg[t] for t ≥ seedEnd: the seed is the mean of x[seedEnd − seedCount + 1 .. seedEnd], then every
    /// later input weighs α (1 − α)^(t − j) and the seed (1 − α)^(t − seedEnd). To stay fast, the full
    /// sum is evaluated only at anchors every <see cref="AnchorSpacing"/> steps; between anchors the
    /// same closed form is applied to the few inputs since the anchor: anchor × (1 − α)^(t − a) + Σ.
    /// </summary>
    private static double[] Exponential(double[] x, int seedEnd, int seedCount, double alpha)
    {
        var horizon = (int)Math.Ceiling(Math.Log(NegligibleWeight) / Math.Log(1d - alpha));
        var decay = new double[Math.Max(horizon, AnchorSpacing) + 1];
        for (var k = 0; k < decay.Length; k++)
        {
            decay[k] = Math.Pow(1d - alpha, k);
        }

        var seed = 0d;
        for (var j = seedEnd - seedCount + 1; j <= seedEnd; j++)
        {
            seed += x[j];
        }

        seed /= seedCount;
        var result = Warmup(x.Length, seedEnd);
        var anchor = 0d;
        for (var t = seedEnd; t < x.Length; t++)
        {
            var sinceAnchor = (t - seedEnd) % AnchorSpacing;
            var from = t - sinceAnchor;
            double value;
            if (sinceAnchor == 0)
            {
                from = Math.Max(seedEnd, t - horizon);
                value = t - seedEnd <= horizon ? decay[t - seedEnd] * seed : 0d;
            }
            else
            {
                value = decay[sinceAnchor] * anchor;
            }

            for (var j = from + 1; j <= t; j++)
            {
                value += alpha * decay[t - j] * x[j];
            }

            anchor = sinceAnchor == 0 ? value : anchor;
            result[t] = value;
        }

        return result;
    }
}
