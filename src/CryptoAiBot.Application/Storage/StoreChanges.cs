using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Storage;

/// <summary>
/// Everything one state change writes, committed atomically by <see cref="ITradingStore.CommitAsync"/>:
/// orders (upserted by client order id), fills (inserted; a known trade id is ignored), position
/// snapshots, protective exits to save or clear, outbox events and audit lines.
/// </summary>
public sealed record StoreChanges
{
    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<Fill> Fills { get; init; } = [];

    public IReadOnlyList<PositionSnapshot> Positions { get; init; } = [];

    public IReadOnlyList<ProtectiveExit> ExitsToSave { get; init; } = [];

    public IReadOnlyList<Symbol> ExitsToClear { get; init; } = [];

    public IReadOnlyList<OutboxMessage> Events { get; init; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
}
