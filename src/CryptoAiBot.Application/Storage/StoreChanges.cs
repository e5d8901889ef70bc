using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Storage;

/// <summary>
/// Everything one state change writes, committed atomically by <see cref="ITradingStore.CommitAsync"/>:
/// orders (upserted by client order id), fills (inserted; a known trade id is ignored), position
/// snapshots, protective exits and exchange stops to save or clear, reconciliation checkpoints, outbox events and audit lines.
/// </summary>
public sealed record StoreChanges
{
    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<Fill> Fills { get; init; } = [];

    public IReadOnlyList<PositionSnapshot> Positions { get; init; } = [];

    public IReadOnlyList<ProtectiveExit> ExitsToSave { get; init; } = [];

    public IReadOnlyList<Symbol> ExitsToClear { get; init; } = [];

    /// <summary>Stops now resting on the exchange (one per symbol: a save replaces the symbol's previous one).</summary>
    public IReadOnlyList<ExchangeStop> ExchangeStopsToSave { get; init; } = [];

    /// <summary>Symbols whose exchange stop is gone (cancelled, fired, expired).</summary>
    public IReadOnlyList<Symbol> ExchangeStopsToClear { get; init; } = [];

    /// <summary>Checkpoints of successful reconciliations (one per symbol: a save replaces the previous one).</summary>
    public IReadOnlyList<ReconciliationCheckpoint> ReconciliationCheckpoints { get; init; } = [];

    public IReadOnlyList<OutboxMessage> Events { get; init; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
}
