using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Exits;

/// <summary>
/// The stops guarding an open position: a hard stop <see cref="StopLossPct"/> below entry and a
/// trailing stop <see cref="TrailingPct"/> below the highest price since entry (0 disables either).
/// Persisted after every change of <see cref="HighestPrice"/> so a restart keeps the trail.
/// </summary>
public sealed record ProtectiveExit(
    Symbol Symbol,
    decimal EntryPrice,
    decimal StopLossPct,
    decimal TrailingPct,
    decimal HighestPrice,
    DateTimeOffset ArmedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProtectiveExit Arm(Symbol symbol, decimal entryPrice, decimal stopLossPct, decimal trailingPct, DateTimeOffset now) =>
        new(symbol, entryPrice, stopLossPct, trailingPct, entryPrice, now, now);

    /// <summary>Hard stop price, or null when disabled.</summary>
    public decimal? StopPrice => StopLossPct > 0 ? EntryPrice * (1m - StopLossPct / 100m) : null;

    /// <summary>Trailing stop price, or null when disabled.</summary>
    public decimal? TrailingStopPrice => TrailingPct > 0 ? HighestPrice * (1m - TrailingPct / 100m) : null;

    /// <summary>Raises the high-water mark; returns this instance when nothing changed.</summary>
    public ProtectiveExit Observe(decimal price, DateTimeOffset now) =>
        price > HighestPrice ? this with { HighestPrice = price, UpdatedAt = now } : this;

    /// <summary>Whether the price a sell would get (the bid) has reached a stop.</summary>
    public ExitReason Check(decimal bid)
    {
        if (bid <= 0)
        {
            return ExitReason.None;
        }

        if (StopPrice is { } stop && bid <= stop)
        {
            return ExitReason.StopLoss;
        }

        return TrailingStopPrice is { } trail && bid <= trail ? ExitReason.TrailingStop : ExitReason.None;
    }
}
