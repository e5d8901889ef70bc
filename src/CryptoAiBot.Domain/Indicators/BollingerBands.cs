namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// Bollinger Bands: the middle band is the simple mean of the last <see cref="Period"/> closes, the
/// outer bands are <see cref="K"/> standard deviations away. The deviation is the <b>population</b>
/// standard deviation of the window (divide by N, as Bollinger defines it and TA-Lib computes it), not
/// the sample one (N − 1).
/// <para>
/// O(1) amortized and allocation-free: sums of deviations from a shift value are slid over a ring
/// buffer. Subtracting a large square from another is where precision is lost, so the shift is kept
/// near the data: every <see cref="Period"/> updates, and whenever the variance is tiny next to the mean
/// square deviation (e.g. after an outlier leaves the window), the shift becomes the newest close and
/// both sums are recomputed exactly from the window. That O(period) pass normally runs once per period
/// updates; the guard adds one only after a collapse of the variance, which real data rarely shows.
/// </para>
/// </summary>
public sealed class BollingerBands
{
    // Mean square deviation from the shift over variance above which the sums are recomputed.
    private const double CancellationLimit = 1e4;

    private readonly double[] _window;
    private readonly double _recomputeRatio;
    private int _next;
    private int _count;
    private double _shift;
    private double _sum;
    private double _sumOfSquares;

    /// <param name="period">Window length, at least 2.</param>
    /// <param name="k">Band width in standard deviations, finite and &gt; 0.</param>
    public BollingerBands(int period = 20, double k = 2d)
    {
        if (period < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Bollinger period must be at least 2.");
        }

        if (!double.IsFinite(k) || k <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "Bollinger k (standard deviations) must be a finite number > 0.");
        }

        Period = period;
        K = k;
        _window = new double[period];
        _recomputeRatio = Math.Max(CancellationLimit, 2d * period);
        Reset();
    }

    /// <summary>Window length.</summary>
    public int Period { get; }

    /// <summary>Band width in standard deviations.</summary>
    public double K { get; }

    /// <summary>Closes needed before <see cref="IsReady"/>: exactly <see cref="Period"/> (a full window).</summary>
    public int WarmupPeriod => Period;

    /// <summary>True once <see cref="WarmupPeriod"/> closes have been seen.</summary>
    public bool IsReady => _count >= Period;

    /// <summary>Simple mean of the window; <see cref="double.NaN"/> until ready, like every output.</summary>
    public double Middle { get; private set; }

    /// <summary>Population standard deviation of the window.</summary>
    public double StandardDeviation { get; private set; }

    /// <summary><see cref="Middle"/> + K × standard deviation.</summary>
    public double Upper { get; private set; }

    /// <summary><see cref="Middle"/> − K × standard deviation.</summary>
    public double Lower { get; private set; }

    /// <summary>(upper − lower) / middle; 0 when the middle band is 0.</summary>
    public double Bandwidth { get; private set; }

    /// <summary>(close − lower) / (upper − lower) for the latest close; 0.5 when the bands coincide (a flat window).</summary>
    public double PercentB { get; private set; }

    /// <summary>Adds the next close and updates the bands.</summary>
    public void Update(double close)
    {
        if (_count < Period)
        {
            if (_count == 0)
            {
                _shift = close;
            }

            _count++;
        }
        else
        {
            var leaving = _window[_next] - _shift;
            _sum -= leaving;
            _sumOfSquares -= leaving * leaving;
        }

        var entering = close - _shift;
        _sum += entering;
        _sumOfSquares += entering * entering;
        _window[_next] = close;
        _next = _next + 1 == Period ? 0 : _next + 1;
        if (!IsReady)
        {
            return;
        }

        var meanDeviation = _sum / Period;
        var meanSquare = _sumOfSquares / Period;
        var variance = meanSquare - (meanDeviation * meanDeviation);
        if (_next == 0 || meanSquare > _recomputeRatio * variance)
        {
            Recenter(close);
            meanDeviation = _sum / Period;
            variance = (_sumOfSquares / Period) - (meanDeviation * meanDeviation);
        }

        var deviation = variance > 0d ? Math.Sqrt(variance) : 0d;
        Middle = _shift + meanDeviation;
        StandardDeviation = deviation;
        Upper = Middle + (K * deviation);
        Lower = Middle - (K * deviation);
        Bandwidth = Middle != 0d ? (Upper - Lower) / Middle : 0d;
        PercentB = Upper > Lower ? (close - Lower) / (Upper - Lower) : 0.5d;
    }

    /// <summary>Forgets every close, as if newly created.</summary>
    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _shift = _sum = _sumOfSquares = 0d;
        Middle = StandardDeviation = Upper = Lower = Bandwidth = PercentB = double.NaN;
    }

    private void Recenter(double shift)
    {
        _shift = shift;
        var sum = 0d;
        var sumOfSquares = 0d;
        foreach (var value in _window)
        {
            var d = value - shift;
            sum += d;
            sumOfSquares += d * d;
        }

        _sum = sum;
        _sumOfSquares = sumOfSquares;
    }
}
