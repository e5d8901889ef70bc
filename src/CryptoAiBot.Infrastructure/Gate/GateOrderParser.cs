using System.Text.Json;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reads spot orders. Strict on what identifies an order (id, pair, side, type, status, amount, left); lenient where
/// Gate's answers differ between versions and modes (facts.md §3.7): <c>filled_amount</c> missing from older and
/// RESULT-mode answers is derived exactly, fee fields missing read as zero, times come as seconds or milliseconds,
/// strings or numbers, and <c>status</c> is spelled <c>cancelled</c> or <c>canceled</c>.
/// </summary>
internal static class GateOrderParser
{
    private const string Context = "order";

    public static GateOrder Parse(JsonElement item)
    {
        var type = GateFields.OrderType(item, Context, "type");
        var side = GateFields.Side(item, Context, "side");
        var amount = NotNegative(GateJson.Decimal(item, Context, "amount"), "amount");
        var left = NotNegative(GateJson.Decimal(item, Context, "left"), "left");
        var avg = GateJson.OptionalDecimal(item, Context, "avg_deal_price") is { } a and > 0m ? a : (decimal?)null;
        var total = GateJson.OptionalDecimal(item, Context, "filled_total") ?? GateJson.OptionalDecimal(item, Context, "fill_price");
        var marketBuy = type == GateOrderType.Market && side == OrderSide.Buy;
        var reported = GateJson.OptionalDecimal(item, Context, "filled_amount");
        var filled = NotNegative(reported ?? DeriveFilled(marketBuy, amount, left, total, avg), "filled_amount");
        var filledTotal = NotNegative(total ?? (filled == 0m ? 0m : avg * filled ?? Missing("filled_total")), "filled_total");

        return new GateOrder(
            GateJson.Id(item, Context, "id"),
            GateJson.OptionalString(item, Context, "text"),
            GateFields.Symbol(item, Context, "currency_pair"),
            GateJson.OptionalString(item, Context, "account"),
            type,
            side,
            GateFields.TimeInForce(item, Context, "time_in_force"),
            Status(GateJson.String(item, Context, "status")),
            FinishAs(GateJson.OptionalString(item, Context, "finish_as")),
            amount,
            GateJson.OptionalDecimal(item, Context, "price"),
            left,
            filled,
            filledTotal,
            avg ?? (filled > 0m ? filledTotal / filled : null),
            GateJson.OptionalDecimal(item, Context, "fee") ?? 0m,
            GateJson.OptionalString(item, Context, "fee_currency"),
            GateJson.OptionalDecimal(item, Context, "point_fee") ?? 0m,
            GateJson.OptionalDecimal(item, Context, "gt_fee") ?? 0m,
            GateJson.OptionalBool(item, Context, "gt_discount") ?? false,
            GateJson.OptionalDecimal(item, Context, "rebated_fee") ?? 0m,
            GateJson.OptionalString(item, Context, "rebated_fee_currency"),
            GateJson.OptionalMilliseconds(item, Context, "create_time_ms") ?? GateJson.OptionalSeconds(item, Context, "create_time"),
            GateJson.OptionalMilliseconds(item, Context, "update_time_ms") ?? GateJson.OptionalSeconds(item, Context, "update_time"),
            FilledAmountIsEstimate: reported is null && marketBuy && filled > 0m);
    }

    public static IReadOnlyList<GateOrder> ParseList(JsonElement root) =>
        [.. GateJson.Array(root, "orders").EnumerateArray().Select(Parse)];

    /// <summary>Reads <c>/spot/open_orders</c>, grouped per pair, keeping the orders of <paramref name="symbol"/>.</summary>
    public static IReadOnlyList<GateOrder> ParseOpenOrders(JsonElement root, Symbol symbol)
    {
        var orders = new List<GateOrder>();
        foreach (var group in GateJson.Array(root, "open_orders").EnumerateArray())
        {
            if (GateFields.Symbol(group, "open_orders", "currency_pair") == symbol)
            {
                orders.AddRange(ParseList(GateJson.Required(group, "open_orders", "orders")));
            }
        }

        return orders;
    }

    /// <summary>The id and text of an ACK-mode answer (<c>action_mode=ACK</c>), which carries nothing else.</summary>
    public static (string Id, string? Text) ParseAck(JsonElement item) =>
        (GateJson.Id(item, Context, "id"), GateJson.OptionalString(item, Context, "text"));

    private static decimal DeriveFilled(bool marketBuy, decimal amount, decimal left, decimal? total, decimal? avg)
    {
        if (!marketBuy)
        {
            return amount - left;
        }

        // A market buy's amount and left are quote, so only the quote spent over the average price gives base (as ccxt);
        // the average is rounded by Gate, so this is an estimate and flagged as one.
        return total is null or 0m ? 0m : avg is { } price ? total.Value / price : Missing("filled_amount");
    }

    private static GateOrderStatus Status(string status) => status switch
    {
        "open" => GateOrderStatus.Open,
        "closed" => GateOrderStatus.Closed,
        "cancelled" or "canceled" => GateOrderStatus.Cancelled,
        _ => throw new FormatException($"{Context}.status: '{status}' is not open, closed or cancelled"),
    };

    private static GateFinishAs FinishAs(string? finishAs) => finishAs switch
    {
        null => GateFinishAs.None,
        "open" => GateFinishAs.Open,
        "filled" => GateFinishAs.Filled,
        "cancelled" or "canceled" => GateFinishAs.Cancelled,
        "liquidate_cancelled" => GateFinishAs.LiquidateCancelled,
        "small" => GateFinishAs.Small,
        "depth_not_enough" => GateFinishAs.DepthNotEnough,
        "trader_not_enough" => GateFinishAs.TraderNotEnough,
        "ioc" => GateFinishAs.Ioc,
        "poc" => GateFinishAs.Poc,
        "fok" => GateFinishAs.Fok,
        "stp" => GateFinishAs.Stp,
        "price_protect_cancelled" => GateFinishAs.PriceProtectCancelled,
        "unknown" => GateFinishAs.Unknown,
        _ => GateFinishAs.Other,
    };

    private static decimal NotNegative(decimal value, string name) =>
        value >= 0m ? value : throw new FormatException($"{Context}.{name}: {value} is negative");

    private static decimal Missing(string name) =>
        throw new FormatException($"{Context}.{name} is missing and cannot be derived");
}
