namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// Exponential moving average with alpha = 2 / (period + 1), seeded with the simple mean of the first
/// <see cref="Period"/> inputs (the textbook seeding, as in TA-Lib), then
/// <c>ema = ema + alpha × (x − ema)</c>. O(1), no buffer, allocation-free.
/// </summary>
public sealed class Ema
{
    private readonly double _alpha;
    private int _count;
    private double _seedSum;

    /// <param name="period">Smoothing period, at least 1 (period 1 follows the input exactly).</param>
    public Ema(int period)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "EMA period must be at least 1.");
        }

        Period = period;
        _alpha = 2d / (period + 1);
        Value = double.NaN;
    }

    /// <summary>Smoothing period.</summary>
    public int Period { get; }

    /// <summary>The smoothing factor 2 / (period + 1).</summary>
    public double Alpha => _alpha;

    /// <summary>
    /// Inputs needed before <see cref="IsReady"/>: exactly <see cref="Period"/>. The value after input
    /// number <see cref="Period"/> is the simple mean of those inputs; every later input is smoothed in.
    /// </summary>
    public int WarmupPeriod => Period;

    /// <summary>True once <see cref="WarmupPeriod"/> inputs have been seen.</summary>
    public bool IsReady => _count >= Period;

    /// <summary>The current average; <see cref="double.NaN"/> until ready.</summary>
    public double Value { get; private set; }

    /// <summary>Adds the next input and returns the new <see cref="Value"/>.</summary>
    public double Update(double value)
    {
        if (_count >= Period)
        {
            Value += _alpha * (value - Value);
            return Value;
        }

        _seedSum += value;
        if (++_count == Period)
        {
            Value = _seedSum / Period;
        }

        return Value;
    }

    /// <summary>Forgets every input, as if newly created.</summary>
    public void Reset()
    {
        _count = 0;
        _seedSum = 0d;
        Value = double.NaN;
    }
}
