namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// Average true range with Wilder's smoothing. True range = max(high − low, |high − previous close|,
/// |low − previous close|); the first candle has no previous close, so its true range is high − low.
/// The first ATR is the simple mean of the first <see cref="Period"/> true ranges (the first candle's
/// included), then <c>atr = (atr × (period − 1) + tr) / period</c>. O(1), allocation-free.
/// </summary>
public sealed class Atr
{
    private int _count;
    private double _previousClose;
    private double _average;

    /// <param name="period">Number of true ranges averaged, at least 1.</param>
    public Atr(int period = 14)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "ATR period must be at least 1.");
        }

        Period = period;
        Value = double.NaN;
    }

    /// <summary>Number of true ranges averaged.</summary>
    public int Period { get; }

    /// <summary>
    /// Candles needed before <see cref="IsReady"/>: exactly <see cref="Period"/>, since the first candle
    /// contributes its high − low as a true range.
    /// </summary>
    public int WarmupPeriod => Period;

    /// <summary>True once <see cref="WarmupPeriod"/> candles have been seen.</summary>
    public bool IsReady => _count >= Period;

    /// <summary>The true range of the latest candle; <see cref="double.NaN"/> before the first.</summary>
    public double TrueRange { get; private set; } = double.NaN;

    /// <summary>The average true range; <see cref="double.NaN"/> until ready.</summary>
    public double Value { get; private set; }

    /// <summary>Adds the next candle and returns the new <see cref="Value"/>.</summary>
    public double Update(double high, double low, double close)
    {
        var range = high - low;
        if (_count > 0)
        {
            range = Math.Max(range, Math.Max(Math.Abs(high - _previousClose), Math.Abs(low - _previousClose)));
        }

        TrueRange = range;
        _previousClose = close;
        if (_count < Period)
        {
            // Still collecting the seed; the counter stops at the period so it never overflows.
            _average += range;
            if (++_count == Period)
            {
                _average /= Period;
                Value = _average;
            }
        }
        else
        {
            _average = ((_average * (Period - 1)) + range) / Period;
            Value = _average;
        }

        return Value;
    }

    /// <summary>Forgets every candle, as if newly created.</summary>
    public void Reset()
    {
        _count = 0;
        _previousClose = 0d;
        _average = 0d;
        TrueRange = double.NaN;
        Value = double.NaN;
    }
}
