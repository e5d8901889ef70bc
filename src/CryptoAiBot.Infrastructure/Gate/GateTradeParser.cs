using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reads <c>/spot/my_trades</c> and public <c>/spot/trades</c>. The time is <c>create_time_ms</c> (a fractional-millisecond
/// string) or else <c>create_time</c> (seconds); order id, role and fees are only on our own trades.
/// </summary>
internal static class GateTradeParser
{
    private const string Context = "trade";

    public static GateTrade Parse(JsonElement item) => new(
        GateJson.Id(item, Context, "id"),
        GateJson.OptionalId(item, Context, "order_id"),
        GateFields.Symbol(item, Context, "currency_pair"),
        GateFields.Side(item, Context, "side"),
        GateJson.OptionalString(item, Context, "role") switch
        {
            null => null,
            "taker" => GateTradeRole.Taker,
            "maker" => GateTradeRole.Maker,
            var other => throw new FormatException($"{Context}.role: '{other}' is not taker or maker"),
        },
        Positive(GateJson.Decimal(item, Context, "amount"), "amount"),
        Positive(GateJson.Decimal(item, Context, "price"), "price"),
        GateJson.OptionalDecimal(item, Context, "fee") ?? 0m,
        GateJson.OptionalString(item, Context, "fee_currency"),
        GateJson.OptionalDecimal(item, Context, "point_fee") ?? 0m,
        GateJson.OptionalDecimal(item, Context, "gt_fee") ?? 0m,
        GateJson.OptionalMilliseconds(item, Context, "create_time_ms")
            ?? GateJson.OptionalSeconds(item, Context, "create_time")
            ?? throw new FormatException($"{Context}.create_time is missing"),
        GateJson.OptionalString(item, Context, "text"));

    public static IReadOnlyList<GateTrade> ParseList(JsonElement root) =>
        [.. GateJson.Array(root, "trades").EnumerateArray().Select(Parse)];

    private static decimal Positive(decimal value, string name) =>
        value > 0m ? value : throw new FormatException($"{Context}.{name}: {value} is not positive");
}
