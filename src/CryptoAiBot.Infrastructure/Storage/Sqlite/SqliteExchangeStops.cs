using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>The <c>exchange_stops</c> table: the protective stop resting on the exchange, one per symbol.</summary>
internal static class SqliteExchangeStops
{
    private const string Upsert = """
        INSERT INTO exchange_stops (symbol, stop_id, trigger_price, base_amount, placed_at_ms)
        VALUES (@Symbol, @StopId, @TriggerPrice, @BaseAmount, @PlacedAtMs)
        ON CONFLICT (symbol) DO UPDATE SET
            stop_id = excluded.stop_id, trigger_price = excluded.trigger_price, base_amount = excluded.base_amount,
            placed_at_ms = excluded.placed_at_ms
        """;

    public static Task SaveAsync(SqliteSession session, IEnumerable<ExchangeStop> stops, CancellationToken cancellationToken)
    {
        var rows = stops.Select(s => new StopRow
        {
            Symbol = s.Symbol.ToString(),
            StopId = s.StopId,
            TriggerPrice = Text(s.TriggerPrice),
            BaseAmount = Text(s.BaseAmount),
            PlacedAtMs = Ms(s.PlacedAt),
        }).ToList();
        return rows.Count == 0 ? Task.CompletedTask : session.ExecuteAsync(Upsert, rows, cancellationToken);
    }

    public static Task ClearAsync(SqliteSession session, IEnumerable<Symbol> symbols, CancellationToken cancellationToken)
    {
        var rows = symbols.Select(s => new { Symbol = s.ToString() }).ToList();
        return rows.Count == 0
            ? Task.CompletedTask
            : session.ExecuteAsync("DELETE FROM exchange_stops WHERE symbol = @Symbol", rows, cancellationToken);
    }

    public static async Task<ExchangeStop?> GetAsync(SqliteSession session, Symbol symbol, CancellationToken cancellationToken)
    {
        var row = await session.QuerySingleOrDefaultAsync<StopRow>(
            """
            SELECT symbol AS Symbol, stop_id AS StopId, trigger_price AS TriggerPrice, base_amount AS BaseAmount, placed_at_ms AS PlacedAtMs
            FROM exchange_stops WHERE symbol = @Symbol
            """,
            new { Symbol = symbol.ToString() },
            cancellationToken);
        return row is null
            ? null
            : new ExchangeStop(symbol, row.StopId, Decimal(row.TriggerPrice), Decimal(row.BaseAmount), Time(row.PlacedAtMs));
    }

    private sealed class StopRow
    {
        public string Symbol { get; set; } = "";
        public string StopId { get; set; } = "";
        public string TriggerPrice { get; set; } = "";
        public string BaseAmount { get; set; } = "";
        public long PlacedAtMs { get; set; }
    }
}
