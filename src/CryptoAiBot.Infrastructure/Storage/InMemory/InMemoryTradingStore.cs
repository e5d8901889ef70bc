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
/// </summary>
public sealed class InMemoryTradingStore : ITradingStore
{
    private readonly Lock _gate = new();
    private readonly InMemoryOrders _orders = new();
    private readonly Dictionary<string, (ClientOrderId ClientOrderId, long ExpiresAtMs)> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PositionSnapshot> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<Symbol, ProtectiveExit> _exits = [];
    private readonly SortedDictionary<long, OutboxMessage> _unpublished = [];
    private readonly List<AuditEntry> _audit = [];
    private readonly InMemoryCandles _candles = new();
    private long _lastOutboxId;

    public Task<IdempotencyClaim> ClaimIdempotencyKeyAsync(Order pendingOrder, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pendingOrder);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_keys.TryGetValue(pendingOrder.IdempotencyKey, out var live) && live.ExpiresAtMs > From(pendingOrder.CreatedAt))
            {
                return Task.FromResult(IdempotencyClaim.Lost(live.ClientOrderId));
            }

            if (_orders.Contains(pendingOrder.ClientOrderId))
            {
                return Task.FromResult(IdempotencyClaim.Lost(pendingOrder.ClientOrderId));
            }

            InMemoryConstraints.Check(pendingOrder);
            _orders.Apply([pendingOrder], pendingOrder.Fills);
            _keys[pendingOrder.IdempotencyKey] = (pendingOrder.ClientOrderId, From(expiresAt));
            return Task.FromResult(IdempotencyClaim.Won);
        }
    }

    public Task<int> PurgeExpiredIdempotencyKeysAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var nowMs = From(now);
        lock (_gate)
        {
            var expired = _keys.Where(k => k.Value.ExpiresAtMs <= nowMs).Select(k => k.Key).ToList();
            expired.ForEach(key => _keys.Remove(key));
            return Task.FromResult(expired.Count);
        }
    }

    public Task CommitAsync(StoreChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        InMemoryConstraints.Check(changes);
        lock (_gate)
        {
            // Validates before writing anything; the rest below cannot fail.
            _orders.Apply([.. changes.Orders], [.. changes.Fills, .. changes.Orders.SelectMany(o => o.Fills)]);
            foreach (var position in changes.Positions)
            {
                _positions[position.Symbol] = position with { OpenedAt = Truncate(position.OpenedAt), UpdatedAt = Truncate(position.UpdatedAt) };
            }

            foreach (var exit in changes.ExitsToSave)
            {
                _exits[exit.Symbol] = exit with { ArmedAt = Truncate(exit.ArmedAt), UpdatedAt = Truncate(exit.UpdatedAt) };
            }

            foreach (var symbol in changes.ExitsToClear)
            {
                _exits.Remove(symbol);
            }

            foreach (var message in changes.Events)
            {
                _lastOutboxId++;
                _unpublished[_lastOutboxId] = message with { Id = _lastOutboxId, CreatedAt = Truncate(message.CreatedAt) };
            }

            _audit.AddRange(changes.Audit.Select(entry => entry with { Time = Truncate(entry.Time) }));
        }

        return Task.CompletedTask;
    }

    public Task<Order?> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        Read(() => _orders.Get(clientOrderId), cancellationToken);

    public Task<IReadOnlyList<Order>> GetActiveOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) =>
        Read(() => _orders.Active(symbol), cancellationToken);

    public Task<IReadOnlyList<Order>> GetOrdersSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Read(() => _orders.CreatedSince(From(since)), cancellationToken);

    public Task<IReadOnlyList<Fill>> GetFillsAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _orders.FillsOf(symbol), cancellationToken);

    public Task<PositionSnapshot?> GetPositionAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _positions.GetValueOrDefault(symbol.ToString()), cancellationToken);

    public Task<ProtectiveExit?> GetProtectiveExitAsync(Symbol symbol, CancellationToken cancellationToken) =>
        Read(() => _exits.GetValueOrDefault(symbol), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> GetUnpublishedEventsAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        return Read<IReadOnlyList<OutboxMessage>>(() => [.. _unpublished.Values.Take(max)], cancellationToken);
    }

    public Task MarkEventsPublishedAsync(IReadOnlyCollection<long> ids, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // Published messages are never read back through the port, so they are simply dropped.
            foreach (var id in ids)
            {
                _unpublished.Remove(id);
            }
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
}
