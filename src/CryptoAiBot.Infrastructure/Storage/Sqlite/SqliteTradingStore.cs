using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>
/// <see cref="ITradingStore"/> over one SQLite file (WAL) or a private in-memory database. Every operation
/// opens its own (pooled) connection; every write runs in a <c>BEGIN IMMEDIATE</c> transaction, so claims
/// stay atomic across store instances and processes sharing the file. Decimals are stored as invariant
/// TEXT and round-trip exactly; times are unix milliseconds.
/// </summary>
public sealed class SqliteTradingStore : ITradingStore, IAsyncDisposable, IDisposable
{
    private static readonly string[] ActiveStatuses =
        [.. Enum.GetValues<OrderStatus>().Where(s => !OrderTransitions.IsTerminal(s)).Select(s => s.ToString())];

    private readonly SqliteConnectionFactory _connections;

    private SqliteTradingStore(SqliteConnectionFactory connections) => _connections = connections;

    internal SqliteConnectionFactory Connections => _connections;

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="path"/>, or a fresh private in-memory
    /// database for <c>:memory:</c>, and applies pending migrations.
    /// </summary>
    public static async Task<SqliteTradingStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var connections = SqliteConnectionFactory.Create(path);
        try
        {
            await using var session = await connections.OpenAsync(cancellationToken);
            await MigrationRunner.ApplyAsync(session.Connection, time, cancellationToken);
            return new SqliteTradingStore(connections);
        }
        catch
        {
            connections.Dispose();
            throw;
        }
    }

    /// <summary>The text of <c>PRAGMA integrity_check</c>: <c>ok</c> for a healthy database.</summary>
    public async Task<string> IntegrityCheckAsync(CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        var lines = await session.QueryAsync<string>("PRAGMA integrity_check", null, cancellationToken);
        return string.Join(Environment.NewLine, lines);
    }

    public async Task<IdempotencyClaim> ClaimIdempotencyKeyAsync(Order pendingOrder, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pendingOrder);
        await using var session = await _connections.OpenAsync(cancellationToken);
        session.BeginWrite();
        var claim = await SqliteIdempotency.ClaimAsync(session, pendingOrder, expiresAt, cancellationToken);
        if (claim.Claimed)
        {
            await session.CommitAsync(cancellationToken);
        }

        return claim;
    }

    public async Task<int> PurgeExpiredIdempotencyKeysAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteIdempotency.PurgeAsync(session, now, cancellationToken);
    }

    public async Task CommitAsync(StoreChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var session = await _connections.OpenAsync(cancellationToken);
        session.BeginWrite();
        await SqliteOrders.UpsertAsync(session, changes.Orders, cancellationToken);

        // Fills carried on the orders are stored too, so reading an order back never loses one.
        await SqliteFills.InsertAsync(session, changes.Fills.Concat(changes.Orders.SelectMany(o => o.Fills)), cancellationToken);
        await SqlitePositions.SavePositionsAsync(session, changes.Positions, cancellationToken);
        await SqlitePositions.SaveExitsAsync(session, changes.ExitsToSave, cancellationToken);
        await SqlitePositions.ClearExitsAsync(session, changes.ExitsToClear, cancellationToken);
        await SqliteExchangeStops.ClearAsync(session, changes.ExchangeStopsToClear, cancellationToken);
        await SqliteExchangeStops.SaveAsync(session, changes.ExchangeStopsToSave, cancellationToken);
        await SqliteReconciliationCheckpoints.SaveAsync(session, changes.ReconciliationCheckpoints, cancellationToken);
        await SqliteEvents.InsertOutboxAsync(session, changes.Events, cancellationToken);
        await SqliteEvents.InsertAuditAsync(session, changes.Audit, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<Order?> GetOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        var orders = await ReadOrdersAsync("o.client_order_id = @Id", new { Id = clientOrderId.Value }, cancellationToken);
        return orders.Count == 0 ? null : orders[0];
    }

    public Task<IReadOnlyList<Order>> GetActiveOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) =>
        symbol is { } only
            ? ReadOrdersAsync("o.status IN @Statuses AND o.symbol = @Symbol", new { Statuses = ActiveStatuses, Symbol = only.ToString() }, cancellationToken)
            : ReadOrdersAsync("o.status IN @Statuses", new { Statuses = ActiveStatuses }, cancellationToken);

    public Task<IReadOnlyList<Order>> GetOrdersSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadOrdersAsync("o.created_at_ms >= @SinceMs", new { SinceMs = Ms(since) }, cancellationToken);

    public async Task<IReadOnlyList<Fill>> GetFillsAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteFills.ReadAsync(session, "WHERE f.symbol = @Symbol", new { Symbol = symbol.ToString() }, cancellationToken);
    }

    public async Task<IReadOnlyList<Fill>> GetFillsFromAsync(Symbol symbol, int first, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteFills.ReadPageAsync(
            session, "WHERE f.symbol = @Symbol", "LIMIT -1 OFFSET @First", new { Symbol = symbol.ToString(), First = first }, cancellationToken);
    }

    public async Task<PositionSnapshot?> GetPositionAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqlitePositions.GetPositionAsync(session, symbol, cancellationToken);
    }

    public async Task<ProtectiveExit?> GetProtectiveExitAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqlitePositions.GetExitAsync(session, symbol, cancellationToken);
    }

    public async Task<ReconciliationCheckpoint?> GetReconciliationCheckpointAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteReconciliationCheckpoints.GetAsync(session, symbol, cancellationToken);
    }

    public async Task<ExchangeStop?> GetExchangeStopAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteExchangeStops.GetAsync(session, symbol, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> GetUnpublishedEventsAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteEvents.GetUnpublishedAsync(session, max, cancellationToken);
    }

    public async Task MarkEventsPublishedAsync(IReadOnlyCollection<long> ids, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var session = await _connections.OpenAsync(cancellationToken);
        session.BeginWrite();
        await SqliteEvents.MarkPublishedAsync(session, ids, publishedAt, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteEvents.GetAuditAsync(session, since, cancellationToken);
    }

    public async Task SaveCandlesAsync(Symbol symbol, Timeframe timeframe, IReadOnlyList<Candle> candles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candles);
        await using var session = await _connections.OpenAsync(cancellationToken);
        session.BeginWrite();
        await SqliteCandles.SaveAsync(session, symbol, timeframe, candles, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Candle>> GetCandlesAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await SqliteCandles.GetAsync(session, symbol, timeframe, from, to, cancellationToken);
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        await session.ScalarAsync<long>("SELECT 1", null, cancellationToken);
    }

    public void Dispose() => _connections.Dispose();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<Order>> ReadOrdersAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        session.BeginRead();
        return await SqliteOrders.ReadAsync(session, where, parameters, cancellationToken);
    }
}
