using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Infrastructure.Storage.UnixMilliseconds;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// <see cref="ITradingStore"/> in process memory, for tests and backtests. It passes the same contract
/// tests as the SQLite store: one lock makes every operation atomic, a commit is validated before any
/// of it is applied, and times are kept to whole milliseconds as a database would. Stored values are
/// immutable records and no internal collection is ever handed out, so callers cannot change state.
/// <para>
/// A backtest runs every trade through here, so each query has an index (nothing scans the history) and a
/// trade allocates little: records already at storage precision are kept, not copied, and answers that are
/// the same every time (no order, no active orders, no pending events, the stored exit) are tasks made once.
/// </para>
/// </summary>
public sealed class InMemoryTradingStore : ITradingStore
{
    private static readonly Task<IdempotencyClaim> Won = Task.FromResult(IdempotencyClaim.Won);
    private static readonly Task<Order?> NoOrder = Task.FromResult<Order?>(null);
    private static readonly Task<IReadOnlyList<Order>> NoOrders = Task.FromResult<IReadOnlyList<Order>>([]);
    private static readonly Task<IReadOnlyList<OutboxMessage>> NoEvents = Task.FromResult<IReadOnlyList<OutboxMessage>>([]);

    private readonly Lock _gate = new();
    private readonly InMemoryOrders _orders = new();
    private readonly InMemoryKeys _keys = new();
    private readonly Dictionary<string, PositionSnapshot> _positions = new(StringComparer.Ordinal);
    private readonly InMemoryExits _exits = new();
    private readonly Dictionary<Symbol, ExchangeStop> _exchangeStops = [];
    private readonly Dictionary<Symbol, ReconciliationCheckpoint> _checkpoints = [];
    private readonly InMemoryOutbox _outbox = new();
    private readonly List<AuditEntry> _audit = [];
    private readonly InMemoryCandles _candles = new();

    public Task<IdempotencyClaim> ClaimIdempotencyKeyAsync(Order pendingOrder, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pendingOrder);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_keys.TryGetLive(pendingOrder.IdempotencyKey, From(pendingOrder.CreatedAt), out var live))
            {
                return Task.FromResult(IdempotencyClaim.Lost(live));
            }

            if (_orders.Contains(pendingOrder.ClientOrderId))
            {
                return Task.FromResult(IdempotencyClaim.Lost(pendingOrder.ClientOrderId));
            }

            InMemoryConstraints.Check(pendingOrder);
            _orders.Apply([pendingOrder], []);
            _keys.Reserve(pendingOrder.IdempotencyKey, pendingOrder.ClientOrderId, From(expiresAt));
            return Won;
        }
    }

    public Task<int> PurgeExpiredIdempotencyKeysAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Read(() => _keys.Purge(From(now)), cancellationToken);

    public Task CommitAsync(StoreChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        InMemoryConstraints.Check(changes);
        lock (_gate)
        {
            // Validates before writing anything; the rest below cannot fail. Lists are walked by index, so the
            // parts a change leaves empty cost no enumerator.
            _orders.Apply(changes.Orders, changes.Fills);
            for (var i = 0; i < changes.Positions.Count; i++)
            {
                var position = changes.Positions[i];
                _positions[position.Symbol] = IsTruncated(position.OpenedAt) && IsTruncated(position.UpdatedAt)
                    ? position
                    : position with { OpenedAt = Truncate(position.OpenedAt), UpdatedAt = Truncate(position.UpdatedAt) };
            }

            for (var i = 0; i < changes.ExitsToSave.Count; i++)
            {
                _exits.Save(changes.ExitsToSave[i]);
            }

            for (var i = 0; i < changes.ExitsToClear.Count; i++)
            {
                _exits.Clear(changes.ExitsToClear[i]);
            }

            for (var i = 0; i < changes.ExchangeStopsToClear.Count; i++)
            {
                _exchangeStops.Remove(changes.ExchangeStopsToClear[i]);
            }

            for (var i = 0; i < changes.ExchangeStopsToSave.Count; i++)
            {
                var stop = changes.ExchangeStopsToSave[i];
                _exchangeStops[stop.Symbol] = IsTruncated(stop.PlacedAt) ? stop : stop with { PlacedAt = Truncate(stop.PlacedAt) };
            }

            for (var i = 0; i < changes.ReconciliationCheckpoints.Count; i++)
            {
                var checkpoint = changes.ReconciliationCheckpoints[i];
                _checkpoints[checkpoint.Symbol] = checkpoint with { ReconciledAt = Truncate(checkpoint.ReconciledAt) };
            }

            for (var i = 0; i < changes.Events.Count; i++)
            {
                _outbox.Add(changes.Events[i]);
            }

            for (var i = 0; i < changes.Audit.Count; i++)
            {
                var entry = changes.Audit[i];
                _audit.Add(entry with { Time = Truncate(entry.Time) });
            }
        }

        return Task.CompletedTask;
    }

    public Task<Order?> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) => Locked(
        clientOrderId, static (store, id) => store._orders.Get(id) is { } order ? Task.FromResult<Order?>(order) : NoOrder, cancellationToken);

    public Task<IReadOnlyList<Order>> GetActiveOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => Locked(
        symbol, static (store, only) => store._orders.Active(only) is { Count: > 0 } active ? Task.FromResult(active) : NoOrders, cancellationToken);

    public Task<IReadOnlyList<Order>> GetOrdersSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Read(() => _orders.CreatedSince(From(since)), cancellationToken);

    public Task<IReadOnlyList<Fill>> GetFillsAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _orders.FillsOf(symbol), cancellationToken);

    public Task<IReadOnlyList<Fill>> GetFillsFromAsync(Symbol symbol, int first, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        return Read(() => _orders.FillsOf(symbol, first), cancellationToken);
    }

    public Task<PositionSnapshot?> GetPositionAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _positions.GetValueOrDefault(symbol.ToString()), cancellationToken);

    public Task<ProtectiveExit?> GetProtectiveExitAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Locked(symbol, static (store, s) => store._exits.Get(s), cancellationToken);

    public Task<ReconciliationCheckpoint?> GetReconciliationCheckpointAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _checkpoints.GetValueOrDefault(symbol), cancellationToken);

    public Task<ExchangeStop?> GetExchangeStopAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _exchangeStops.GetValueOrDefault(symbol), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> GetUnpublishedEventsAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        return Locked(
            max, static (store, m) => store._outbox.Oldest(m) is { Count: > 0 } pending ? Task.FromResult(pending) : NoEvents, cancellationToken);
    }

    public Task MarkEventsPublishedAsync(IReadOnlyCollection<long> ids, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _outbox.Remove(ids);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sinceMs = From(since);

        // OrderBy is stable, so entries with the same time keep insertion (id) order, as in SQL.
        return Read<IReadOnlyList<AuditEntry>>(
            () => [.. _audit.Where(e => From(e.Time) >= sinceMs).OrderBy(e => e.Time)], cancellationToken);
    }

    public Task SaveCandlesAsync(Symbol symbol, Timeframe timeframe, IReadOnlyList<Candle> candles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candles);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _candles.Save(symbol, timeframe, candles);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Candle>> GetCandlesAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Read(() => _candles.Range(symbol, timeframe, From(from), From(to)), cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    private Task<T> Read<T>(Func<T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(read());
        }
    }

    /// <summary>Answers under the lock with a task the reader chooses (often one made once): no closure, no new task.</summary>
    private Task<T> Locked<TState, T>(TState state, Func<InMemoryTradingStore, TState, Task<T>> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return read(this, state);
        }
    }
}
