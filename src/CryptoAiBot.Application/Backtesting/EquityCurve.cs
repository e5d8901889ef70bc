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

    public EquityCurve(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _times = new long[capacity];
        _equity = new decimal[capacity];
    }

    public void Add(long timeMs, decimal equity)
    {
        if (_seen++ % _stride != 0)
        {
            return;
        }

        if (_count == _times.Length)
        {
            for (var i = 0; i < _count / 2; i++)
            {
                _times[i] = _times[i * 2];
                _equity[i] = _equity[i * 2];
            }

            _count /= 2;
            _stride *= 2;
            if ((_seen - 1) % _stride != 0)
            {
                return;
            }
        }

        _times[_count] = timeMs;
        _equity[_count] = equity;
        _count++;
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
