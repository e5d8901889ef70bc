namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// Relative strength index with Wilder's smoothing. Each close after the first gives a change; the
/// first average gain and loss are the simple means of the first <see cref="Period"/> changes, after
/// which <c>avg = (avg × (period − 1) + x) / period</c>. RSI = 100 × avgGain / (avgGain + avgLoss),
/// which equals 100 − 100 / (1 + RS). O(1), no buffer, allocation-free.
/// </summary>
public sealed class Rsi
{
    private int _count;
    private double _previousClose;
    private double _averageGain;
    private double _averageLoss;

    /// <param name="period">Number of changes averaged, at least 1.</param>
    public Rsi(int period = 14)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "RSI period must be at least 1.");
        }

        Period = period;
        Value = double.NaN;
    }

    /// <summary>Number of close-to-close changes averaged.</summary>
    public int Period { get; }

    /// <summary>
    /// Closes needed before <see cref="IsReady"/>: <see cref="Period"/> + 1, because the seed is the mean
    /// of the first <see cref="Period"/> changes and the first close only sets the reference.
    /// </summary>
    public int WarmupPeriod => Period + 1;

    /// <summary>True once <see cref="WarmupPeriod"/> closes have been seen.</summary>
    public bool IsReady => _count >= WarmupPeriod;

    /// <summary>Wilder average of gains (≥ 0); meaningful once ready.</summary>
    public double AverageGain => _averageGain;

    /// <summary>Wilder average of losses as a positive number; meaningful once ready.</summary>
    public double AverageLoss => _averageLoss;

    /// <summary>
    /// RSI in [0, 100]; <see cref="double.NaN"/> until ready. With no losses in the average it is 100;
    /// with neither gains nor losses (a perfectly flat market) it is 50, the neutral value.
    /// </summary>
    public double Value { get; private set; }

    /// <summary>Adds the next close and returns the new <see cref="Value"/>.</summary>
    public double Update(double close)
    {
        if (_count == 0)
        {
            _previousClose = close;
            _count = 1;
            return Value;
        }

        var change = close - _previousClose;
        _previousClose = close;
        var gain = change > 0d ? change : 0d;
        var loss = change < 0d ? -change : 0d;
        if (_count < Period)
        {
            // Still collecting the seed: plain sums of the first changes.
            _averageGain += gain;
            _averageLoss += loss;
            _count++;
            return Value;
        }

        if (_count == Period)
        {
            _averageGain = (_averageGain + gain) / Period;
            _averageLoss = (_averageLoss + loss) / Period;
            _count++; // Stops at WarmupPeriod, so it never overflows.
        }
        else
        {
            _averageGain = ((_averageGain * (Period - 1)) + gain) / Period;
            _averageLoss = ((_averageLoss * (Period - 1)) + loss) / Period;
        }

        var total = _averageGain + _averageLoss;
        Value = total > 0d ? 100d * _averageGain / total : 50d;
        return Value;
    }

    /// <summary>Forgets every close, as if newly created.</summary>
    public void Reset()
    {
        _count = 0;
        _previousClose = 0d;
        _averageGain = 0d;
        _averageLoss = 0d;
        Value = double.NaN;
    }
}
