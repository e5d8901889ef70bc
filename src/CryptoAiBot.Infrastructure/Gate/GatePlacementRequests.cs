using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// The bodies that place orders, field for field as ccxt sends them (facts.md §3.6, §3.12). Values must already be
/// quantized (<see cref="GateOrderGuard"/>); they are written as plain decimal strings.
/// </summary>
internal static class GatePlacementRequests
{
    /// <summary>A spot order. Market orders carry <c>ioc</c> (Gate accepts only ioc/fok for them) and no price.</summary>
    public static GateRequest Spot(
        Symbol symbol, GateOrderType type, OrderSide side, decimal amount, decimal? price, GateTimeInForce? timeInForce, string account, string text) =>
        GateRequest.Place(
            "/spot/orders",
            GateBody.Write(w =>
            {
                w.WriteString("currency_pair", symbol.ExchangeCode);
                w.WriteString("type", GateFields.Wire(type));
                w.WriteString("account", account);
                w.WriteString("side", GateFields.Wire(side));
                GateBody.Decimal(w, "amount", amount);
                if (price is { } p)
                {
                    GateBody.Decimal(w, "price", p);
                }

                if (timeInForce is { } tif)
                {
                    w.WriteString("time_in_force", GateFields.Wire(tif));
                }

                w.WriteString("text", text);
            }),
            symbol.ExchangeCode);

    /// <summary>A spot price-triggered order; its account is <c>normal</c> for a classic spot account, not <c>spot</c>.</summary>
    public static GateRequest PriceOrder(GatePriceOrderRequest order, string putAccount) =>
        GateRequest.Place(
            "/spot/price_orders",
            GateBody.Write(w =>
            {
                w.WriteStartObject("trigger");
                GateBody.Decimal(w, "price", order.TriggerPrice);
                w.WriteString("rule", order.Rule == GateTriggerRule.AtOrBelow ? "<=" : ">=");
                w.WriteNumber("expiration", (long)order.Expiration.TotalSeconds);
                w.WriteEndObject();
                w.WriteStartObject("put");
                w.WriteString("type", GateFields.Wire(order.Type));
                w.WriteString("side", GateFields.Wire(order.Side));
                GateBody.Decimal(w, "price", order.Price);
                GateBody.Decimal(w, "amount", order.Amount);
                w.WriteString("account", putAccount);
                w.WriteString("time_in_force", GateFields.Wire(order.TimeInForce));
                w.WriteEndObject();
                w.WriteString("market", order.Symbol.ExchangeCode);
            }),
            order.Symbol.ExchangeCode);

    /// <summary>Price orders name the classic spot account <c>normal</c>.</summary>
    public static string PriceOrderAccount(string account) => account == "spot" ? "normal" : account;
}
