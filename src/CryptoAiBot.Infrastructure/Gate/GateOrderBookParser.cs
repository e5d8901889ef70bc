using System.Text.Json;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Reads <c>/spot/order_book</c>: levels are <c>[price, amount]</c> string pairs, times in milliseconds.</summary>
internal static class GateOrderBookParser
{
    private const string Context = "order_book";

    public static GateOrderBook Parse(JsonElement root, Symbol symbol) => new(
        symbol,
        GateJson.Optional(root, Context, "id") is { } id
            ? decimal.ToInt64(decimal.Truncate(GateJson.ToDecimal(id, $"{Context}.id")))
            : null,
        GateJson.OptionalMilliseconds(root, Context, "current"),
        GateJson.OptionalMilliseconds(root, Context, "update"),
        Levels(root, "asks"),
        Levels(root, "bids"));

    private static List<GateBookLevel> Levels(JsonElement root, string side)
    {
        var levels = new List<GateBookLevel>();
        var index = 0;
        foreach (var level in GateJson.Array(GateJson.Required(root, Context, side), $"{Context}.{side}").EnumerateArray())
        {
            var field = $"{Context}.{side}[{index++}]";
            if (level.ValueKind != JsonValueKind.Array || level.GetArrayLength() < 2)
            {
                throw new FormatException($"{field}: expected [price, amount]");
            }

            levels.Add(new GateBookLevel(GateJson.ToDecimal(level[0], field + ".price"), GateJson.ToDecimal(level[1], field + ".amount")));
        }

        return levels;
    }
}
