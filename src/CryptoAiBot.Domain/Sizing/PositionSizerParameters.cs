namespace CryptoAiBot.Domain.Sizing;

/// <summary>
/// Everything <see cref="PositionSizers.Create"/> may need; each sizer reads only its own values. The Kelly
/// defaults are placeholders, not an estimate of any strategy's edge: set them from a backtest.
/// </summary>
public sealed record PositionSizerParameters
{
    /// <summary>Quote amount per entry for <c>fixed</c> (<c>FIXED_AMOUNT</c>).</summary>
    public decimal FixedAmount { get; init; } = 10m;

    /// <summary>W for <c>kelly</c>: share of winning trades, in [0, 1].</summary>
    public double KellyWinRate { get; init; } = 0.5d;

    /// <summary>R for <c>kelly</c>: average win / average loss, greater than 0.</summary>
    public double KellyPayoffRatio { get; init; } = 1.5d;

    /// <summary>Share of the full Kelly bet taken, in (0, 1].</summary>
    public double KellyFraction { get; init; } = 0.25d;

    /// <summary>For <c>target_vol</c>: equity share, in percent, that one ATR move of the position should be.</summary>
    public double TargetVolPct { get; init; } = 0.5d;

    /// <summary>For <c>target_vol</c>: largest quote amount per entry; 0 = no cap of its own.</summary>
    public decimal TargetVolMaxQuote { get; init; }
}
