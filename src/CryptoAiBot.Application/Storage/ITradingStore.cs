using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Storage;

/// <summary>
/// Durable trading state. Implementations (SQLite, in-memory, later PostgreSQL) all pass one contract
/// test class. Invariants every implementation keeps:
/// <list type="bullet">
/// <item><see cref="ClaimIdempotencyKeyAsync"/> is atomic: of two callers with the same live key exactly one wins,
/// and the winner's pending order is stored in the same transaction as the key.</item>
/// <item><see cref="CommitAsync"/> writes all of its changes or none.</item>
/// <item>A fill whose trade id is already stored is ignored, never duplicated.</item>
/// <item>Outbox messages come back in commit order until marked published.</item>
/// </list>
/// </summary>
public interface ITradingStore
{
    /// <summary>
    /// Reserves <see cref="Order.IdempotencyKey"/> until <paramref name="expiresAt"/> and stores the pending
    /// order with it. A key that exists and has not expired is not claimed again.
    /// </summary>
    Task<IdempotencyClaim> ClaimIdempotencyKeyAsync(Order pendingOrder, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Deletes idempotency keys that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> PurgeExpiredIdempotencyKeysAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task CommitAsync(StoreChanges changes, CancellationToken cancellationToken);

    Task<Order?> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken);

    /// <summary>Orders not yet in a terminal status (pending, open, partially filled, cancel requested, unknown).</summary>
    Task<IReadOnlyList<Order>> GetActiveOrdersAsync(Symbol? symbol, CancellationToken cancellationToken);

    /// <summary>Orders created at or after <paramref name="since"/>, all symbols, oldest first.</summary>
    Task<IReadOnlyList<Order>> GetOrdersSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Every fill of a symbol, oldest first.</summary>
    Task<IReadOnlyList<Fill>> GetFillsAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>
    /// The fills of a symbol from position <paramref name="first"/> (0-based) of the list <see cref="GetFillsAsync"/>
    /// returns, in the same order; empty when there are not that many. A reader that already folded the first fills
    /// reads only the rest, instead of the whole history on every call.
    /// </summary>
    Task<IReadOnlyList<Fill>> GetFillsFromAsync(Symbol symbol, int first, CancellationToken cancellationToken);

    Task<PositionSnapshot?> GetPositionAsync(Symbol symbol, CancellationToken cancellationToken);

    Task<ProtectiveExit?> GetProtectiveExitAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>The stop resting on the exchange for <paramref name="symbol"/>, if one was recorded.</summary>
    Task<ExchangeStop?> GetExchangeStopAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>The last successful reconciliation of <paramref name="symbol"/>; null before the first.</summary>
    Task<ReconciliationCheckpoint?> GetReconciliationCheckpointAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>Outbox messages not yet published, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetUnpublishedEventsAsync(int max, CancellationToken cancellationToken);

    Task MarkEventsPublishedAsync(IReadOnlyCollection<long> ids, DateTimeOffset publishedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces candles by (symbol, timeframe, open time).</summary>
    Task SaveCandlesAsync(Symbol symbol, Timeframe timeframe, IReadOnlyList<Candle> candles, CancellationToken cancellationToken);

    /// <summary>Candles with open time in [from, to), oldest first.</summary>
    Task<IReadOnlyList<Candle>> GetCandlesAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>A cheap round trip to the storage; throws when it is unusable.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
