using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>The <c>idempotency_keys</c> table and the claim that stores a pending order with its key.</summary>
internal static class SqliteIdempotency
{
    /// <summary>Runs inside the caller's write transaction; commits nothing itself.</summary>
    public static async Task<IdempotencyClaim> ClaimAsync(
        SqliteSession session, Order order, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var nowMs = Ms(order.CreatedAt);
        var existing = await session.QuerySingleOrDefaultAsync<KeyRow>(
            "SELECT client_order_id AS ClientOrderId, expires_at_ms AS ExpiresAtMs FROM idempotency_keys WHERE key = @Key",
            new { Key = order.IdempotencyKey },
            cancellationToken);
        if (existing is not null && existing.ExpiresAtMs > nowMs)
        {
            return IdempotencyClaim.Lost(new ClientOrderId(existing.ClientOrderId));
        }

        // An order is never overwritten by a claim, even when its key has expired.
        if (await SqliteOrders.ExistsAsync(session, order.ClientOrderId, cancellationToken))
        {
            return IdempotencyClaim.Lost(order.ClientOrderId);
        }

        await session.ExecuteAsync("DELETE FROM idempotency_keys WHERE key = @Key", new { Key = order.IdempotencyKey }, cancellationToken);
        await session.ExecuteAsync(
            "INSERT INTO idempotency_keys (key, client_order_id, created_at_ms, expires_at_ms) VALUES (@Key, @ClientOrderId, @CreatedAtMs, @ExpiresAtMs)",
            new { Key = order.IdempotencyKey, ClientOrderId = order.ClientOrderId.Value, CreatedAtMs = nowMs, ExpiresAtMs = Ms(expiresAt) },
            cancellationToken);
        await SqliteOrders.InsertAsync(session, order, cancellationToken);
        await SqliteFills.InsertAsync(session, order.Fills, cancellationToken);
        return IdempotencyClaim.Won;
    }

    public static Task<int> PurgeAsync(SqliteSession session, DateTimeOffset now, CancellationToken cancellationToken) =>
        session.ExecuteAsync("DELETE FROM idempotency_keys WHERE expires_at_ms <= @NowMs", new { NowMs = Ms(now) }, cancellationToken);

    private sealed class KeyRow
    {
        public string ClientOrderId { get; set; } = "";
        public long ExpiresAtMs { get; set; }
    }
}
