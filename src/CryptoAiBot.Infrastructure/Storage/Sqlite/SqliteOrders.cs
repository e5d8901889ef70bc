using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Infrastructure.Storage.Sqlite.SqliteValues;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>Orders and their fills: the <c>orders</c> and <c>fills</c> tables.</summary>
internal static class SqliteOrders
{
    private const string Columns =
        "client_order_id, symbol, side, intent, idempotency_key, status, status_before_cancel, exchange_order_id, " +
        "requested_quote, requested_base, reference_price, filled_base, filled_quote, last_error, created_at_ms, updated_at_ms";

    private const string Values =
        "@ClientOrderId, @Symbol, @Side, @Intent, @IdempotencyKey, @Status, @StatusBeforeCancel, @ExchangeOrderId, " +
        "@RequestedQuote, @RequestedBase, @ReferencePrice, @FilledBase, @FilledQuote, @LastError, @CreatedAtMs, @UpdatedAtMs";

    private const string Insert = $"INSERT INTO orders ({Columns}) VALUES ({Values})";

    private const string Upsert = Insert + """
         ON CONFLICT (client_order_id) DO UPDATE SET
            symbol = excluded.symbol, side = excluded.side, intent = excluded.intent,
            idempotency_key = excluded.idempotency_key, status = excluded.status,
            status_before_cancel = excluded.status_before_cancel, exchange_order_id = excluded.exchange_order_id,
            requested_quote = excluded.requested_quote, requested_base = excluded.requested_base,
            reference_price = excluded.reference_price, filled_base = excluded.filled_base,
            filled_quote = excluded.filled_quote, last_error = excluded.last_error,
            created_at_ms = excluded.created_at_ms, updated_at_ms = excluded.updated_at_ms
        """;

    private const string Select = """
        SELECT o.client_order_id AS ClientOrderId, o.symbol AS Symbol, o.side AS Side, o.intent AS Intent,
               o.idempotency_key AS IdempotencyKey, o.status AS Status, o.status_before_cancel AS StatusBeforeCancel,
               o.exchange_order_id AS ExchangeOrderId, o.requested_quote AS RequestedQuote, o.requested_base AS RequestedBase,
               o.reference_price AS ReferencePrice, o.filled_base AS FilledBase, o.filled_quote AS FilledQuote,
               o.last_error AS LastError, o.created_at_ms AS CreatedAtMs, o.updated_at_ms AS UpdatedAtMs
        FROM orders o
        """;

    public static Task InsertAsync(SqliteSession session, Order order, CancellationToken cancellationToken) =>
        session.ExecuteAsync(Insert, OrderRow.From(order), cancellationToken);

    /// <summary>Inserts or replaces every column of each order (Dapper runs the statement once per row).</summary>
    public static Task UpsertAsync(SqliteSession session, IEnumerable<Order> orders, CancellationToken cancellationToken) =>
        session.ExecuteAsync(Upsert, orders.Select(OrderRow.From).ToList(), cancellationToken);

    public static async Task<bool> ExistsAsync(SqliteSession session, ClientOrderId id, CancellationToken cancellationToken) =>
        await session.ScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE client_order_id = @Id", new { Id = id.Value }, cancellationToken) > 0;

    /// <summary>Orders matching <paramref name="where"/> (over alias <c>o</c>), oldest first, each with its fills.</summary>
    public static async Task<IReadOnlyList<Order>> ReadAsync(
        SqliteSession session, string where, object? parameters, CancellationToken cancellationToken)
    {
        var orderList = await session.QueryAsync<OrderRow>(
            $"{Select} WHERE {where} ORDER BY o.created_at_ms, o.client_order_id", parameters, cancellationToken);
        if (orderList.Count == 0)
        {
            return [];
        }

        // Same filter joined to fills: one round trip however many orders, no parameter-count limit.
        var fills = await SqliteFills.ReadAsync(
            session, $"JOIN orders o ON o.client_order_id = f.client_order_id WHERE {where}", parameters, cancellationToken);
        var fillsByOrder = fills.ToLookup(f => f.ClientOrderId);
        return [.. orderList.Select(row => row.ToOrder(fillsByOrder[new ClientOrderId(row.ClientOrderId)]))];
    }

    private sealed class OrderRow
    {
        public string ClientOrderId { get; set; } = "";
        public string Symbol { get; set; } = "";
        public string Side { get; set; } = "";
        public string Intent { get; set; } = "";
        public string IdempotencyKey { get; set; } = "";
        public string Status { get; set; } = "";
        public string? StatusBeforeCancel { get; set; }
        public string? ExchangeOrderId { get; set; }
        public string RequestedQuote { get; set; } = "";
        public string RequestedBase { get; set; } = "";
        public string ReferencePrice { get; set; } = "";
        public string FilledBase { get; set; } = "";
        public string FilledQuote { get; set; } = "";
        public string? LastError { get; set; }
        public long CreatedAtMs { get; set; }
        public long UpdatedAtMs { get; set; }

        public static OrderRow From(Order order) => new()
        {
            ClientOrderId = order.ClientOrderId.Value,
            Symbol = order.Symbol.ToString(),
            Side = order.Side.ToString(),
            Intent = order.Intent,
            IdempotencyKey = order.IdempotencyKey,
            Status = order.Status.ToString(),
            StatusBeforeCancel = order.StatusBeforeCancel?.ToString(),
            ExchangeOrderId = order.ExchangeOrderId,
            RequestedQuote = Text(order.RequestedQuote),
            RequestedBase = Text(order.RequestedBase),
            ReferencePrice = Text(order.ReferencePrice),
            FilledBase = Text(order.FilledBase),
            FilledQuote = Text(order.FilledQuote),
            LastError = order.LastError,
            CreatedAtMs = Ms(order.CreatedAt),
            UpdatedAtMs = Ms(order.UpdatedAt),
        };

        public Order ToOrder(IEnumerable<Fill> fills) => new()
        {
            ClientOrderId = new ClientOrderId(ClientOrderId),
            Symbol = SqliteValues.Symbol(Symbol),
            Side = SqliteValues.Side(Side),
            Intent = Intent,
            IdempotencyKey = IdempotencyKey,
            Status = SqliteValues.Status(Status),
            StatusBeforeCancel = OptionalStatus(StatusBeforeCancel),
            ExchangeOrderId = ExchangeOrderId,
            RequestedQuote = Decimal(RequestedQuote),
            RequestedBase = Decimal(RequestedBase),
            ReferencePrice = Decimal(ReferencePrice),
            FilledBase = Decimal(FilledBase),
            FilledQuote = Decimal(FilledQuote),
            LastError = LastError,
            CreatedAt = Time(CreatedAtMs),
            UpdatedAt = Time(UpdatedAtMs),
            Fills = [.. fills],
        };
    }
}
