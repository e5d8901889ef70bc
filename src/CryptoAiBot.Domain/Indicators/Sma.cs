namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// Simple moving average of the last <see cref="Period"/> inputs. O(1) and allocation-free per update:
/// the window lives in a ring buffer allocated once, and the running sum is a Neumaier (improved Kahan)
/// compensated sum, so adding the newest value and subtracting the oldest does not drift even after
/// millions of updates (the error stays within a few ulps of the window sum instead of growing with the
/// number of updates).
/// </summary>
public sealed class Sma
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _sum;
    private double _compensation;

    /// <param name="period">Window length, at least 1.</param>
    public Sma(int period)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "SMA period must be at least 1.");
        }

        Period = period;
        _window = new double[period];
        Value = double.NaN;
    }

    /// <summary>Window length.</summary>
    public int Period { get; }

    /// <summary>
    /// Inputs needed before <see cref="IsReady"/>: exactly <see cref="Period"/>. The first value is the
    /// plain mean of the first <see cref="Period"/> inputs; there is no partial-window average.
    /// </summary>
    public int WarmupPeriod => Period;

    /// <summary>True once <see cref="WarmupPeriod"/> inputs have been seen.</summary>
    public bool IsReady => _count >= Period;

    /// <summary>The mean of the last <see cref="Period"/> inputs; <see cref="double.NaN"/> until ready.</summary>
    public double Value { get; private set; }

    /// <summary>Adds the next input and returns the new <see cref="Value"/>.</summary>
    public double Update(double value)
    {
        if (_count >= Period)
        {
            Add(-_window[_next]);
        }
        else
        {
            _count++;
        }

        Add(value);
        _window[_next] = value;
        _next = _next + 1 == Period ? 0 : _next + 1;
        Value = IsReady ? (_sum + _compensation) / Period : double.NaN;
        return Value;
    }

    /// <summary>Forgets every input, as if newly created.</summary>
    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _sum = 0d;
        _compensation = 0d;
        Value = double.NaN;
    }

    // Neumaier's variant of Kahan summation: the low-order bits lost by each addition are kept in
    // _compensation, whichever operand is larger.
    private void Add(double x)
    {
        var t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }
}
