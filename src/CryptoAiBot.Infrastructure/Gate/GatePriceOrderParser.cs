using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reads spot price-triggered orders. Ids, user and times come as integers (documentation) or strings (live), the
/// expiration likewise, and the status as <c>cancelled</c> or <c>canceled</c>.
/// </summary>
internal static class GatePriceOrderParser
{
    private const string Context = "price_order";

    public static GatePriceOrder Parse(JsonElement item)
    {
        var trigger = GateJson.Required(item, Context, "trigger");
        var put = GateJson.Required(item, Context, "put");
        const string T = Context + ".trigger";
        const string P = Context + ".put";
        var expiration = GateJson.Decimal(trigger, T, "expiration");
        if (expiration < 0m || expiration != decimal.Truncate(expiration) || expiration > int.MaxValue)
        {
            throw new FormatException($"{T}.expiration: {expiration} is not whole seconds");
        }

        return new GatePriceOrder(
            GateJson.Id(item, Context, "id"),
            GateFields.Symbol(item, Context, "market"),
            GateJson.Decimal(trigger, T, "price"),
            GateJson.String(trigger, T, "rule") switch
            {
                "<=" => GateTriggerRule.AtOrBelow,
                ">=" => GateTriggerRule.AtOrAbove,
                var other => throw new FormatException($"{T}.rule: '{other}' is not <= or >="),
            },
            TimeSpan.FromSeconds((double)expiration),
            GateJson.OptionalString(put, P, "type") is null ? GateOrderType.Limit : GateFields.OrderType(put, P, "type"),
            GateFields.Side(put, P, "side"),
            GateJson.Decimal(put, P, "price"),
            GateJson.Decimal(put, P, "amount"),
            GateJson.OptionalString(put, P, "account"),
            GateFields.TimeInForce(put, P, "time_in_force"),
            Status(GateJson.OptionalString(item, Context, "status")),
            GateJson.OptionalString(item, Context, "reason"),
            GateJson.OptionalId(item, Context, "fired_order_id") is { } fired and not "0" ? fired : null,
            GateJson.OptionalSeconds(item, Context, "ctime"),
            GateJson.OptionalSeconds(item, Context, "ftime"));
    }

    public static IReadOnlyList<GatePriceOrder> ParseList(JsonElement root) =>
        [.. GateJson.Array(root, "price_orders").EnumerateArray().Select(Parse)];

    /// <summary>The id of a created price order: <c>{"id": 1432329}</c>, newer answers also <c>id_string</c>.</summary>
    public static string ParseCreated(JsonElement root) =>
        GateJson.OptionalString(root, Context, "id_string") ?? GateJson.Id(root, Context, "id");

    private static GatePriceOrderStatus Status(string? status) => status switch
    {
        null => GatePriceOrderStatus.Unknown,
        "open" => GatePriceOrderStatus.Open,
        "cancelled" or "canceled" => GatePriceOrderStatus.Cancelled,
        "finish" or "finished" => GatePriceOrderStatus.Finished,
        "failed" => GatePriceOrderStatus.Failed,
        "expired" => GatePriceOrderStatus.Expired,
        _ => throw new FormatException($"{Context}.status: '{status}' is not a price-order status"),
    };
}
