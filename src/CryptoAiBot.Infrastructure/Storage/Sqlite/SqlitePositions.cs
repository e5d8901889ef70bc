using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>Per-symbol state: the <c>positions</c> and <c>protective_exits</c> tables.</summary>
internal static class SqlitePositions
{
    private const string UpsertPosition = """
        INSERT INTO positions (symbol, quantity, average_entry_price, cost, realized_pnl, opened_at_ms, updated_at_ms)
        VALUES (@Symbol, @Quantity, @AverageEntryPrice, @Cost, @RealizedPnl, @OpenedAtMs, @UpdatedAtMs)
        ON CONFLICT (symbol) DO UPDATE SET
            quantity = excluded.quantity, average_entry_price = excluded.average_entry_price, cost = excluded.cost,
            realized_pnl = excluded.realized_pnl, opened_at_ms = excluded.opened_at_ms, updated_at_ms = excluded.updated_at_ms
        """;

    private const string UpsertExit = """
        INSERT INTO protective_exits (symbol, entry_price, stop_loss_pct, trailing_pct, highest_price, armed_at_ms, updated_at_ms)
        VALUES (@Symbol, @EntryPrice, @StopLossPct, @TrailingPct, @HighestPrice, @ArmedAtMs, @UpdatedAtMs)
        ON CONFLICT (symbol) DO UPDATE SET
            entry_price = excluded.entry_price, stop_loss_pct = excluded.stop_loss_pct, trailing_pct = excluded.trailing_pct,
            highest_price = excluded.highest_price, armed_at_ms = excluded.armed_at_ms, updated_at_ms = excluded.updated_at_ms
        """;

    public static Task SavePositionsAsync(SqliteSession session, IEnumerable<PositionSnapshot> positions, CancellationToken cancellationToken)
    {
        var rows = positions.Select(p => new PositionRow
        {
            Symbol = p.Symbol,
            Quantity = Text(p.Quantity),
            AverageEntryPrice = Text(p.AverageEntryPrice),
            Cost = Text(p.Cost),
            RealizedPnl = Text(p.RealizedPnl),
            OpenedAtMs = Ms(p.OpenedAt),
            UpdatedAtMs = Ms(p.UpdatedAt),
        }).ToList();
        return rows.Count == 0 ? Task.CompletedTask : session.ExecuteAsync(UpsertPosition, rows, cancellationToken);
    }

    public static async Task<PositionSnapshot?> GetPositionAsync(SqliteSession session, Symbol symbol, CancellationToken cancellationToken)
    {
        var row = await session.QuerySingleOrDefaultAsync<PositionRow>(
            """
            SELECT symbol AS Symbol, quantity AS Quantity, average_entry_price AS AverageEntryPrice, cost AS Cost,
                   realized_pnl AS RealizedPnl, opened_at_ms AS OpenedAtMs, updated_at_ms AS UpdatedAtMs
            FROM positions WHERE symbol = @Symbol
            """,
            new { Symbol = symbol.ToString() },
            cancellationToken);
        return row is null
            ? null
            : new PositionSnapshot(
                row.Symbol, Decimal(row.Quantity), Decimal(row.AverageEntryPrice), Decimal(row.Cost), Decimal(row.RealizedPnl),
                Time(row.OpenedAtMs), Time(row.UpdatedAtMs));
    }

    public static Task SaveExitsAsync(SqliteSession session, IEnumerable<ProtectiveExit> exits, CancellationToken cancellationToken)
    {
        var rows = exits.Select(e => new ExitRow
        {
            Symbol = e.Symbol.ToString(),
            EntryPrice = Text(e.EntryPrice),
            StopLossPct = Text(e.StopLossPct),
            TrailingPct = Text(e.TrailingPct),
            HighestPrice = Text(e.HighestPrice),
            ArmedAtMs = Ms(e.ArmedAt),
            UpdatedAtMs = Ms(e.UpdatedAt),
        }).ToList();
        return rows.Count == 0 ? Task.CompletedTask : session.ExecuteAsync(UpsertExit, rows, cancellationToken);
    }

    public static Task ClearExitsAsync(SqliteSession session, IEnumerable<Symbol> symbols, CancellationToken cancellationToken)
    {
        var rows = symbols.Select(s => new { Symbol = s.ToString() }).ToList();
        return rows.Count == 0
            ? Task.CompletedTask
            : session.ExecuteAsync("DELETE FROM protective_exits WHERE symbol = @Symbol", rows, cancellationToken);
    }

    public static async Task<ProtectiveExit?> GetExitAsync(SqliteSession session, Symbol symbol, CancellationToken cancellationToken)
    {
        var row = await session.QuerySingleOrDefaultAsync<ExitRow>(
            """
            SELECT symbol AS Symbol, entry_price AS EntryPrice, stop_loss_pct AS StopLossPct, trailing_pct AS TrailingPct,
                   highest_price AS HighestPrice, armed_at_ms AS ArmedAtMs, updated_at_ms AS UpdatedAtMs
            FROM protective_exits WHERE symbol = @Symbol
            """,
            new { Symbol = symbol.ToString() },
            cancellationToken);
        return row is null
            ? null
            : new ProtectiveExit(
                symbol, Decimal(row.EntryPrice), Decimal(row.StopLossPct), Decimal(row.TrailingPct), Decimal(row.HighestPrice),
                Time(row.ArmedAtMs), Time(row.UpdatedAtMs));
    }

    private sealed class PositionRow
    {
        public string Symbol { get; set; } = "";
        public string Quantity { get; set; } = "";
        public string AverageEntryPrice { get; set; } = "";
        public string Cost { get; set; } = "";
        public string RealizedPnl { get; set; } = "";
        public long? OpenedAtMs { get; set; }
        public long UpdatedAtMs { get; set; }
    }

    private sealed class ExitRow
    {
        public string Symbol { get; set; } = "";
        public string EntryPrice { get; set; } = "";
        public string StopLossPct { get; set; } = "";
        public string TrailingPct { get; set; } = "";
        public string HighestPrice { get; set; } = "";
        public long ArmedAtMs { get; set; }
        public long UpdatedAtMs { get; set; }
    }
}
