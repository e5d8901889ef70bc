namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// The smallest of the last <see cref="Period"/> inputs, O(1) amortized and allocation-free. It is a
/// <see cref="RollingMaximum"/> of the negated inputs; negation is exact in floating point.
/// </summary>
public sealed class RollingMinimum
{
    private readonly RollingMaximum _negated;

    /// <param name="period">Window length, at least 1.</param>
    public RollingMinimum(int period)
    {
        _negated = new RollingMaximum(period);
    }

    /// <summary>Window length.</summary>
    public int Period => _negated.Period;

    /// <summary>Inputs needed before <see cref="IsReady"/>: exactly <see cref="Period"/> (a full window).</summary>
    public int WarmupPeriod => _negated.WarmupPeriod;

    /// <summary>True once <see cref="WarmupPeriod"/> inputs have been seen.</summary>
    public bool IsReady => _negated.IsReady;

    /// <summary>Smallest of the last <see cref="Period"/> inputs (of all inputs so far before ready, NaN before the first).</summary>
    public double Value => -_negated.Value;

    /// <summary>Adds the next input and returns the new <see cref="Value"/>.</summary>
    public double Update(double value) => -_negated.Update(-value);

    /// <summary>Forgets every input, as if newly created.</summary>
    public void Reset() => _negated.Reset();
}
