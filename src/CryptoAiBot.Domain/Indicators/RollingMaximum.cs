namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// The largest of the last <see cref="Period"/> inputs, O(1) amortized and allocation-free: a
/// monotonic deque (values decreasing from front to back) kept in ring buffers allocated once. Each
/// input is pushed once and popped at most once, so the amortized cost per update is constant.
/// </summary>
public sealed class RollingMaximum
{
    private readonly double[] _values;
    private readonly long[] _positions;
    private int _head;
    private int _length;
    private long _seen;

    /// <param name="period">Window length, at least 1.</param>
    public RollingMaximum(int period)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Rolling window period must be at least 1.");
        }

        Period = period;
        _values = new double[period];
        _positions = new long[period];
        Value = double.NaN;
    }

    /// <summary>Window length.</summary>
    public int Period { get; }

    /// <summary>Inputs needed before <see cref="IsReady"/>: exactly <see cref="Period"/> (a full window).</summary>
    public int WarmupPeriod => Period;

    /// <summary>True once <see cref="WarmupPeriod"/> inputs have been seen.</summary>
    public bool IsReady => _seen >= Period;

    /// <summary>Largest of the last <see cref="Period"/> inputs (of all inputs so far before ready, NaN before the first).</summary>
    public double Value { get; private set; }

    /// <summary>Adds the next input and returns the new <see cref="Value"/>.</summary>
    public double Update(double value)
    {
        var position = _seen++;

        // Drop the front once it is older than the window.
        if (_length > 0 && _positions[_head] <= position - Period)
        {
            _head = _head + 1 == Period ? 0 : _head + 1;
            _length--;
        }

        // Values at the back that are not larger than the new one can never be the maximum again.
        while (_length > 0)
        {
            var back = _head + _length - 1;
            if (back >= Period)
            {
                back -= Period;
            }

            if (_values[back] > value)
            {
                break;
            }

            _length--;
        }

        var slot = _head + _length;
        if (slot >= Period)
        {
            slot -= Period;
        }

        _values[slot] = value;
        _positions[slot] = position;
        _length++;
        Value = _values[_head];
        return Value;
    }

    /// <summary>Forgets every input, as if newly created.</summary>
    public void Reset()
    {
        _head = 0;
        _length = 0;
        _seen = 0;
        Value = double.NaN;
    }
}
