using System.Text.Json;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reads <c>/spot/my_trades</c> and public <c>/spot/trades</c>. The time is <c>create_time_ms</c> (a fractional-millisecond
/// string) or else <c>create_time</c> (seconds); order id, role and fees are only on our own trades. The pair is taken
/// from the request when the answer leaves it out (the documentation's example does), and must match it otherwise.
/// </summary>
internal static class GateTradeParser
{
    private const string Context = "trade";

    public static GateTrade Parse(JsonElement item, Symbol? requested) => new(
        GateJson.Id(item, Context, "id"),
        GateJson.OptionalId(item, Context, "order_id"),
        Pair(item, requested),
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

    public static IReadOnlyList<GateTrade> ParseList(JsonElement root, Symbol? requested) =>
        [.. GateJson.Array(root, "trades").EnumerateArray().Select(item => Parse(item, requested))];

    private static Symbol Pair(JsonElement item, Symbol? requested)
    {
        if (GateJson.Optional(item, Context, "currency_pair") is null)
        {
            return requested ?? throw new FormatException($"{Context}.currency_pair is missing");
        }

        var pair = GateFields.Symbol(item, Context, "currency_pair");
        return requested is null || pair == requested
            ? pair
            : throw new FormatException($"{Context}.currency_pair: {pair.ExchangeCode} is not the requested {requested.Value.ExchangeCode}");
    }

    private static decimal Positive(decimal value, string name) =>
        value > 0m ? value : throw new FormatException($"{Context}.{name}: {value} is not positive");
}
