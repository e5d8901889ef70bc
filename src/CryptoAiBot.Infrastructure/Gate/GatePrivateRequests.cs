using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// The signed spot requests other than placing, with ccxt's paths and parameter order. An order is addressed by its
/// Gate id or by <c>t-</c> + client id; either is escaped into the path.
/// </summary>
internal static class GatePrivateRequests
{
    public static GateRequest Balances() => GateRequest.PrivateGet("/spot/accounts", GateQuery.Empty, "/spot/accounts");

    public static GateRequest Order(Symbol symbol, string pathId, string account) => GateRequest.PrivateGet(
        OrderPath(pathId), new GateQuery().Add("account", account).Add("currency_pair", symbol.ExchangeCode), "/spot/orders/{id}");

    public static GateRequest CancelOrder(Symbol symbol, string pathId, string account) =>
        GateRequest.Cancel(OrderPath(pathId), new GateQuery().Add("account", account).Add("currency_pair", symbol.ExchangeCode));

    public static GateRequest CancelAllOrders(Symbol symbol, string account) =>
        GateRequest.Cancel("/spot/orders", new GateQuery().Add("account", account).Add("currency_pair", symbol.ExchangeCode));

    public static GateRequest OpenOrders(Symbol symbol, string account) => GateRequest.PrivateGet(
        "/spot/open_orders",
        new GateQuery().Add("account", account).Add("currency_pair", symbol.ExchangeCode).Add("status", "open"),
        "/spot/open_orders");

    public static GateRequest ClosedOrders(Symbol symbol, string account, DateTimeOffset? from, DateTimeOffset? to, int? limit, int? page) =>
        GateRequest.PrivateGet(
            "/spot/orders",
            new GateQuery().Add("account", account).Add("currency_pair", symbol.ExchangeCode).Add("status", "finished")
                .AddIf("limit", limit).AddIf("from", Seconds(from)).AddIf("to", Seconds(to)).AddIf("page", page),
            "/spot/orders");

    public static GateRequest MyTrades(Symbol symbol, string account, GateTradeQuery query) => GateRequest.PrivateGet(
        "/spot/my_trades",
        new GateQuery().Add("currency_pair", symbol.ExchangeCode).Add("account", account)
            .AddIf("limit", query.Limit).AddIf("from", Seconds(query.From)).AddIf("to", Seconds(query.To))
            .AddIf("order_id", query.OrderId).AddIf("page", query.Page),
        "/spot/my_trades");

    /// <summary>Arms (or with 0, disarms) the dead man's switch; repeating it only re-arms, so it is safe to retry.</summary>
    public static GateRequest CountdownCancelAll(Symbol symbol, int timeoutSeconds) => GateRequest.PrivatePost(
        "/spot/countdown_cancel_all",
        GateBody.Write(w =>
        {
            w.WriteNumber("timeout", timeoutSeconds);
            w.WriteString("currency_pair", symbol.ExchangeCode);
        }),
        safeToRepeat: true);

    public static GateRequest PriceOrder(string id) =>
        GateRequest.PrivateGet($"/spot/price_orders/{Uri.EscapeDataString(id)}", GateQuery.Empty, "/spot/price_orders/{id}");

    public static GateRequest CancelPriceOrder(string id) =>
        GateRequest.Cancel($"/spot/price_orders/{Uri.EscapeDataString(id)}", GateQuery.Empty);

    public static GateRequest PriceOrders(Symbol symbol, bool open) => GateRequest.PrivateGet(
        "/spot/price_orders", new GateQuery().Add("market", symbol.ExchangeCode).Add("status", open ? "open" : "finished"), "/spot/price_orders");

    public static GateRequest CancelAllPriceOrders(Symbol symbol, string priceAccount) =>
        GateRequest.Cancel("/spot/price_orders", new GateQuery().Add("account", priceAccount).Add("market", symbol.ExchangeCode));

    private static string OrderPath(string pathId) => $"/spot/orders/{Uri.EscapeDataString(pathId)}";

    private static long? Seconds(DateTimeOffset? time) => time?.ToUnixTimeSeconds();
}
