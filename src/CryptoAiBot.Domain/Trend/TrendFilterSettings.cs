namespace CryptoAiBot.Domain.Trend;

/// <summary>
/// How <see cref="TrendFilter"/> measures and judges the trend. The per-timeframe measure is
/// <c>tanh((close − EMA(<see cref="EmaPeriod"/>)) / (<see cref="AtrMultiple"/> × ATR(<see cref="AtrPeriod"/>)))</c>
/// (see <see cref="TrendMeasure"/>); long entries are allowed when the weighted score is at least
/// <see cref="EntryThreshold"/>.
/// </summary>
public sealed record TrendFilterSettings
{
    /// <summary>The defaults: enabled, EMA 20, ATR 14, 2 ATRs, threshold 0.</summary>
    public static TrendFilterSettings Default { get; } = new();

    /// <summary>When false the filter tracks nothing and every verdict allows entries (<c>MTF_ENABLED=0</c>).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Period of the EMA each timeframe's close is compared with, at least 1.</summary>
    public int EmaPeriod { get; init; } = 20;

    /// <summary>Period of the (Wilder) ATR the distance from the EMA is measured in, at least 1.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>
    /// How many ATRs of distance from the EMA count as a clear trend: a close this far above the EMA scores
    /// tanh(1) ≈ 0.76, twice as far ≈ 0.96. Greater than 0.
    /// </summary>
    public double AtrMultiple { get; init; } = 2d;

    /// <summary>The weighted score must be at least this for an entry, in [-1, 1]; 0 means "the trend is not down".</summary>
    public double EntryThreshold { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (EmaPeriod < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(EmaPeriod), EmaPeriod, "Trend EMA period must be at least 1.");
        }

        if (AtrPeriod < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(AtrPeriod), AtrPeriod, "Trend ATR period must be at least 1.");
        }

        if (!(AtrMultiple > 0d) || double.IsInfinity(AtrMultiple))
        {
            throw new ArgumentOutOfRangeException(nameof(AtrMultiple), AtrMultiple, "Trend ATR multiple must be a finite number > 0.");
        }

        if (!(EntryThreshold is >= -1d and <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(EntryThreshold), EntryThreshold, "Trend entry threshold must be in [-1, 1].");
        }
    }
}
