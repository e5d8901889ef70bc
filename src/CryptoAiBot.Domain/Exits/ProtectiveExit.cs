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
    public decimal? StopPrice => StopLevels.StopPrice(EntryPrice, StopLossPct);

    /// <summary>Trailing stop price, or null when disabled.</summary>
    public decimal? TrailingStopPrice => StopLevels.TrailingStopPrice(HighestPrice, TrailingPct);

    /// <summary>Raises the high-water mark; returns this instance when nothing changed.</summary>
    public ProtectiveExit Observe(decimal price, DateTimeOffset now) =>
        price > HighestPrice ? this with { HighestPrice = price, UpdatedAt = now } : this;

    /// <summary>Whether the price a sell would get (the bid) has reached a stop.</summary>
    public ExitReason Check(decimal bid) => StopLevels.Check(bid, EntryPrice, HighestPrice, StopLossPct, TrailingPct);
}
