using CryptoAiBot.Application.Storage;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>What the store records about changes: the <c>outbox</c> and <c>audit_log</c> tables.</summary>
internal static class SqliteEvents
{
    // Well below SQLite's bound-parameter limit (999 in old builds).
    private const int IdsPerStatement = 500;

    public static Task InsertOutboxAsync(SqliteSession session, IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var rows = messages.Select(m => new
        {
            m.Topic,
            PayloadJson = m.Payload.Text,
            m.Symbol,
            m.TraceId,
            CreatedAtMs = Ms(m.CreatedAt),
        }).ToList();

        // The id is left to the store (rowid), so commit order is id order.
        return rows.Count == 0
            ? Task.CompletedTask
            : session.ExecuteAsync(
                "INSERT INTO outbox (topic, payload_json, symbol, trace_id, created_at_ms) VALUES (@Topic, @PayloadJson, @Symbol, @TraceId, @CreatedAtMs)",
                rows,
                cancellationToken);
    }

    public static async Task<IReadOnlyList<OutboxMessage>> GetUnpublishedAsync(SqliteSession session, int max, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<OutboxRow>(
            """
            SELECT id AS Id, topic AS Topic, payload_json AS PayloadJson, symbol AS Symbol, trace_id AS TraceId, created_at_ms AS CreatedAtMs
            FROM outbox WHERE published_at_ms IS NULL ORDER BY id LIMIT @Max
            """,
            new { Max = max },
            cancellationToken);
        return [.. rows.Select(r => new OutboxMessage(r.Id, r.Topic, r.PayloadJson, r.Symbol, r.TraceId, Time(r.CreatedAtMs)))];
    }

    public static async Task MarkPublishedAsync(
        SqliteSession session, IReadOnlyCollection<long> ids, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Distinct().Chunk(IdsPerStatement))
        {
            await session.ExecuteAsync(
                "UPDATE outbox SET published_at_ms = @PublishedAtMs WHERE id IN @Ids AND published_at_ms IS NULL",
                new { PublishedAtMs = Ms(publishedAt), Ids = chunk },
                cancellationToken);
        }
    }

    public static Task InsertAuditAsync(SqliteSession session, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var rows = entries.Select(e => new { TimeMs = Ms(e.Time), e.Action, e.Symbol, e.DetailsJson }).ToList();
        return rows.Count == 0
            ? Task.CompletedTask
            : session.ExecuteAsync(
                "INSERT INTO audit_log (time_ms, action, symbol, details_json) VALUES (@TimeMs, @Action, @Symbol, @DetailsJson)",
                rows,
                cancellationToken);
    }

    public static async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(SqliteSession session, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<AuditRow>(
            """
            SELECT time_ms AS TimeMs, action AS Action, symbol AS Symbol, details_json AS DetailsJson
            FROM audit_log WHERE time_ms >= @SinceMs ORDER BY time_ms, id
            """,
            new { SinceMs = Ms(since) },
            cancellationToken);
        return [.. rows.Select(r => new AuditEntry(Time(r.TimeMs), r.Action, r.Symbol, r.DetailsJson))];
    }

    private sealed class OutboxRow
    {
        public long Id { get; set; }
        public string Topic { get; set; } = "";
        public string PayloadJson { get; set; } = "";
        public string? Symbol { get; set; }
        public string? TraceId { get; set; }
        public long CreatedAtMs { get; set; }
    }

    private sealed class AuditRow
    {
        public long TimeMs { get; set; }
        public string Action { get; set; } = "";
        public string? Symbol { get; set; }
        public string DetailsJson { get; set; } = "";
    }
}
