using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>The <c>reconciliation_checkpoints</c> table: one row per symbol, replaced by each successful pass.</summary>
internal static class SqliteReconciliationCheckpoints
{
    private const string Upsert = """
        INSERT INTO reconciliation_checkpoints (symbol, reconciled_at_ms, accepted_offset)
        VALUES (@Symbol, @ReconciledAtMs, @AcceptedOffset)
        ON CONFLICT (symbol) DO UPDATE SET
            reconciled_at_ms = excluded.reconciled_at_ms, accepted_offset = excluded.accepted_offset
        """;

    public static Task SaveAsync(SqliteSession session, IEnumerable<ReconciliationCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        var rows = checkpoints.Select(c => new CheckpointRow
        {
            Symbol = c.Symbol.ToString(),
            ReconciledAtMs = Ms(c.ReconciledAt),
            AcceptedOffset = Text(c.AcceptedOffset),
        }).ToList();
        return rows.Count == 0 ? Task.CompletedTask : session.ExecuteAsync(Upsert, rows, cancellationToken);
    }

    public static async Task<ReconciliationCheckpoint?> GetAsync(SqliteSession session, Symbol symbol, CancellationToken cancellationToken)
    {
        var row = await session.QuerySingleOrDefaultAsync<CheckpointRow>(
            """
            SELECT symbol AS Symbol, reconciled_at_ms AS ReconciledAtMs, accepted_offset AS AcceptedOffset
            FROM reconciliation_checkpoints WHERE symbol = @Symbol
            """,
            new { Symbol = symbol.ToString() },
            cancellationToken);
        return row is null ? null : new ReconciliationCheckpoint(symbol, Time(row.ReconciledAtMs), Decimal(row.AcceptedOffset));
    }

    private sealed class CheckpointRow
    {
        public string Symbol { get; set; } = "";
        public long ReconciledAtMs { get; set; }
        public string AcceptedOffset { get; set; } = "";
    }
}
