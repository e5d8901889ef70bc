namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// A bounded sample of the equity curve for charts: keeps every <c>stride</c>-th point in a fixed
/// buffer and, when the buffer fills, drops every other point and doubles the stride. Allocation-free
/// after construction, whatever the number of candles.
/// </summary>
public sealed class EquityCurve
{
    private readonly long[] _times;
    private readonly decimal[] _equity;
    private int _count;
    private long _stride = 1;
    private long _seen;

    // Index of the next point to keep: counting down to it costs less per candle than a modulo by the stride.
    private long _next;

    public EquityCurve(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _times = new long[capacity];
        _equity = new decimal[capacity];
    }

    public void Add(long timeMs, decimal equity)
    {
        if (!Keeps())
        {
            return;
        }

        _times[_count] = timeMs;
        _equity[_count] = equity;
        _count++;
    }

    /// <summary>The point at the close of a candle opened at <paramref name="openTime"/>; its time is worked out only if kept.</summary>
    public void Add(DateTimeOffset openTime, long periodMs, decimal equity)
    {
        if (!Keeps())
        {
            return;
        }

        _times[_count] = openTime.ToUnixTimeMilliseconds() + periodMs;
        _equity[_count] = equity;
        _count++;
    }

    /// <summary>Counts a point and says whether it is kept (every stride-th point), making room when the buffer is full.</summary>
    private bool Keeps()
    {
        var index = _seen++;
        if (index != _next)
        {
            return false;
        }

        _next += _stride;
        if (_count < _times.Length)
        {
            return true;
        }

        for (var i = 0; i < _count / 2; i++)
        {
            _times[i] = _times[i * 2];
            _equity[i] = _equity[i * 2];
        }

        // Twice the stride from now on; this point is kept only if it falls on the new grid.
        _count /= 2;
        _stride *= 2;
        _next = index + (index % _stride == 0 ? _stride : _stride / 2);
        return index % _stride == 0;
    }

    /// <summary>The sampled points, oldest first.</summary>
    public IReadOnlyList<EquityPoint> Points()
    {
        var points = new EquityPoint[_count];
        for (var i = 0; i < _count; i++)
        {
            points[i] = new EquityPoint(_times[i], _equity[i]);
        }

        return points;
    }
}
