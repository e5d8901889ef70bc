using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>The <c>fills</c> table: one row per (symbol, trade id), a repeated trade id is ignored.</summary>
internal static class SqliteFills
{
    private const string Insert = """
        INSERT INTO fills (symbol, trade_id, client_order_id, side, price, quantity, fee, fee_asset, time_ms)
        VALUES (@Symbol, @TradeId, @ClientOrderId, @Side, @Price, @Quantity, @Fee, @FeeAsset, @TimeMs)
        ON CONFLICT (symbol, trade_id) DO NOTHING
        """;

    private const string Select = """
        SELECT f.trade_id AS TradeId, f.client_order_id AS ClientOrderId, f.symbol AS Symbol, f.side AS Side,
               f.price AS Price, f.quantity AS Quantity, f.fee AS Fee, f.fee_asset AS FeeAsset, f.time_ms AS TimeMs
        FROM fills f
        """;

    public static Task InsertAsync(SqliteSession session, IEnumerable<Fill> fills, CancellationToken cancellationToken)
    {
        var rows = fills.Select(FillRow.From).ToList();
        return rows.Count == 0 ? Task.CompletedTask : session.ExecuteAsync(Insert, rows, cancellationToken);
    }

    /// <summary>Fills after <paramref name="filter"/> (joins and WHERE over alias <c>f</c>), oldest first.</summary>
    public static Task<IReadOnlyList<Fill>> ReadAsync(
        SqliteSession session, string filter, object? parameters, CancellationToken cancellationToken) =>
        ReadPageAsync(session, filter, "", parameters, cancellationToken);

    /// <summary>As <see cref="ReadAsync"/>, with <paramref name="page"/> (e.g. <c>LIMIT -1 OFFSET @First</c>) applied to that order.</summary>
    public static async Task<IReadOnlyList<Fill>> ReadPageAsync(
        SqliteSession session, string filter, string page, object? parameters, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<FillRow>($"{Select} {filter} ORDER BY f.time_ms, f.trade_id {page}", parameters, cancellationToken);
        return [.. rows.Select(r => r.ToFill())];
    }

    private sealed class FillRow
    {
        public string TradeId { get; set; } = "";
        public string ClientOrderId { get; set; } = "";
        public string Symbol { get; set; } = "";
        public string Side { get; set; } = "";
        public string Price { get; set; } = "";
        public string Quantity { get; set; } = "";
        public string Fee { get; set; } = "";
        public string FeeAsset { get; set; } = "";
        public long TimeMs { get; set; }

        public static FillRow From(Fill fill) => new()
        {
            TradeId = fill.TradeId.Value,
            ClientOrderId = fill.ClientOrderId.Value,
            Symbol = fill.Symbol.ToString(),
            Side = fill.Side.ToString(),
            Price = Text(fill.Price),
            Quantity = Text(fill.Quantity),
            Fee = Text(fill.Fee),
            FeeAsset = fill.FeeAsset,
            TimeMs = Ms(fill.Time),
        };

        public Fill ToFill() => new(
            new TradeId(TradeId),
            new ClientOrderId(ClientOrderId),
            SqliteValues.Symbol(Symbol),
            SqliteValues.Side(Side),
            Decimal(Price),
            Decimal(Quantity),
            Decimal(Fee),
            FeeAsset,
            Time(TimeMs));
    }
}
