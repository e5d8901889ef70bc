namespace CryptoAiBot.Application.Storage;

/// <summary>
/// A position as last folded from fills, stored for quick reads and reconciliation. The fills remain
/// the truth: the position is rebuilt from them at start.
/// </summary>
public sealed record PositionSnapshot(
    string Symbol,
    decimal Quantity,
    decimal AverageEntryPrice,
    decimal Cost,
    decimal RealizedPnl,
    DateTimeOffset? OpenedAt,
    DateTimeOffset UpdatedAt);
