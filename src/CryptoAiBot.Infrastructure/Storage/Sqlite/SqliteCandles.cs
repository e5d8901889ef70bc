using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>The <c>candles</c> table, keyed by (symbol, timeframe code, open time).</summary>
internal static class SqliteCandles
{
    public static Task SaveAsync(
        SqliteSession session, Symbol symbol, Timeframe timeframe, IEnumerable<Candle> candles, CancellationToken cancellationToken)
    {
        var rows = candles.Select(c => new
        {
            Symbol = symbol.ToString(),
            Timeframe = timeframe.Code,
            OpenTimeMs = Ms(c.OpenTime),
            Open = Text(c.Open),
            High = Text(c.High),
            Low = Text(c.Low),
            Close = Text(c.Close),
            Volume = Text(c.Volume),
        }).ToList();
        return rows.Count == 0
            ? Task.CompletedTask
            : session.ExecuteAsync(
                """
                INSERT INTO candles (symbol, timeframe, open_time_ms, open, high, low, close, volume)
                VALUES (@Symbol, @Timeframe, @OpenTimeMs, @Open, @High, @Low, @Close, @Volume)
                ON CONFLICT (symbol, timeframe, open_time_ms) DO UPDATE SET
                    open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume
                """,
                rows,
                cancellationToken);
    }

    public static async Task<IReadOnlyList<Candle>> GetAsync(
        SqliteSession session, Symbol symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<CandleRow>(
            """
            SELECT open_time_ms AS OpenTimeMs, open AS Open, high AS High, low AS Low, close AS Close, volume AS Volume
            FROM candles
            WHERE symbol = @Symbol AND timeframe = @Timeframe AND open_time_ms >= @FromMs AND open_time_ms < @ToMs
            ORDER BY open_time_ms
            """,
            new { Symbol = symbol.ToString(), Timeframe = timeframe.Code, FromMs = Ms(from), ToMs = Ms(to) },
            cancellationToken);
        return [.. rows.Select(r => new Candle(
            Time(r.OpenTimeMs), Decimal(r.Open), Decimal(r.High), Decimal(r.Low), Decimal(r.Close), Decimal(r.Volume)))];
    }

    private sealed class CandleRow
    {
        public long OpenTimeMs { get; set; }
        public string Open { get; set; } = "";
        public string High { get; set; } = "";
        public string Low { get; set; } = "";
        public string Close { get; set; } = "";
        public string Volume { get; set; } = "";
    }
}
