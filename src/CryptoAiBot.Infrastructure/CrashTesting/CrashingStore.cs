using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>
/// The trading store with the crash test's two storage steps: <see cref="CrashStep.IntentStored"/> once an intent's
/// claim is committed, <see cref="CrashStep.FillsRecorded"/> once a commit holding fills is. Everything else passes through.
/// </summary>
internal sealed class CrashingStore(ITradingStore inner, CrashPlan plan) : ITradingStore, IAsyncDisposable
{
    public async Task<IdempotencyClaim> ClaimIdempotencyKeyAsync(Order pendingOrder, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var claim = await inner.ClaimIdempotencyKeyAsync(pendingOrder, expiresAt, cancellationToken).ConfigureAwait(false);
        if (claim.Claimed)
        {
            plan.Reached(CrashStep.IntentStored);
        }

        return claim;
    }

    public async Task CommitAsync(StoreChanges changes, CancellationToken cancellationToken)
    {
        await inner.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        if (changes.Fills.Count > 0)
        {
            plan.Reached(CrashStep.FillsRecorded);
        }
    }

    public Task<int> PurgeExpiredIdempotencyKeysAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.PurgeExpiredIdempotencyKeysAsync(now, cancellationToken);

    public Task<Order?> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) => inner.GetOrderAsync(clientOrderId, cancellationToken);

    public Task<IReadOnlyList<Order>> GetActiveOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => inner.GetActiveOrdersAsync(symbol, cancellationToken);

    public Task<IReadOnlyList<Order>> GetOrdersSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.GetOrdersSinceAsync(since, cancellationToken);

    public Task<IReadOnlyList<Fill>> GetFillsAsync(Symbol symbol, CancellationToken cancellationToken) => inner.GetFillsAsync(symbol, cancellationToken);

    public Task<IReadOnlyList<Fill>> GetFillsFromAsync(Symbol symbol, int first, CancellationToken cancellationToken) =>
        inner.GetFillsFromAsync(symbol, first, cancellationToken);

    public Task<PositionSnapshot?> GetPositionAsync(Symbol symbol, CancellationToken cancellationToken) => inner.GetPositionAsync(symbol, cancellationToken);

    public Task<ProtectiveExit?> GetProtectiveExitAsync(Symbol symbol, CancellationToken cancellationToken) => inner.GetProtectiveExitAsync(symbol, cancellationToken);

    public Task<ExchangeStop?> GetExchangeStopAsync(Symbol symbol, CancellationToken cancellationToken) => inner.GetExchangeStopAsync(symbol, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> GetUnpublishedEventsAsync(int max, CancellationToken cancellationToken) =>
        inner.GetUnpublishedEventsAsync(max, cancellationToken);

    public Task MarkEventsPublishedAsync(IReadOnlyCollection<long> ids, DateTimeOffset publishedAt, CancellationToken cancellationToken) =>
        inner.MarkEventsPublishedAsync(ids, publishedAt, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.GetAuditAsync(since, cancellationToken);

    public Task SaveCandlesAsync(Symbol symbol, Timeframe timeframe, IReadOnlyList<Candle> candles, CancellationToken cancellationToken) =>
        inner.SaveCandlesAsync(symbol, timeframe, candles, cancellationToken);

    public Task<IReadOnlyList<Candle>> GetCandlesAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.GetCandlesAsync(symbol, timeframe, from, to, cancellationToken);

    public Task<ReconciliationCheckpoint?> GetReconciliationCheckpointAsync(Symbol symbol, CancellationToken cancellationToken) =>
        inner.GetReconciliationCheckpointAsync(symbol, cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
