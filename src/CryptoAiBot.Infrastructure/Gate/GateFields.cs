using System.Text.Json;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Gate's vocabulary fields (pairs, sides, order types, time in force) read strictly, and parse-to-result.</summary>
internal static class GateFields
{
    /// <summary>Runs a parser over a JSON answer; a <see cref="FormatException"/> becomes a MalformedResponse naming the field.</summary>
    public static Result<T> Parse<T>(JsonElement root, Func<JsonElement, T> parse, string what)
    {
        try
        {
            return parse(root);
        }
        catch (FormatException e)
        {
            return new Error(ErrorCode.MalformedResponse, $"Gate.io {what} answer is not the documented shape: {e.Message}");
        }
    }

    public static Symbol Symbol(JsonElement obj, string context, string name)
    {
        var code = GateJson.String(obj, context, name);
        return Domain.Markets.Symbol.TryParse(code, out var symbol)
            ? symbol
            : throw new FormatException($"{context}.{name}: '{code}' is not a currency pair");
    }

    public static OrderSide Side(JsonElement obj, string context, string name) => GateJson.String(obj, context, name) switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        var other => throw new FormatException($"{context}.{name}: '{other}' is not buy or sell"),
    };

    public static GateOrderType OrderType(JsonElement obj, string context, string name) => GateJson.String(obj, context, name) switch
    {
        "limit" => GateOrderType.Limit,
        "market" => GateOrderType.Market,
        var other => throw new FormatException($"{context}.{name}: '{other}' is not limit or market"),
    };

    public static GateTimeInForce? TimeInForce(JsonElement obj, string context, string name) => GateJson.OptionalString(obj, context, name) switch
    {
        null => null,
        "gtc" => GateTimeInForce.Gtc,
        "ioc" => GateTimeInForce.Ioc,
        "poc" => GateTimeInForce.Poc,
        "fok" => GateTimeInForce.Fok,
        var other => throw new FormatException($"{context}.{name}: '{other}' is not a time in force"),
    };

    public static string Wire(GateTimeInForce timeInForce) => timeInForce switch
    {
        GateTimeInForce.Ioc => "ioc",
        GateTimeInForce.Poc => "poc",
        GateTimeInForce.Fok => "fok",
        _ => "gtc",
    };

    public static string Wire(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    public static string Wire(GateOrderType type) => type == GateOrderType.Market ? "market" : "limit";
}
