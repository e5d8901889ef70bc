using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reads <c>/spot/currency_pairs</c>. A pair that cannot be read (a name that is not BASE_QUOTE, a missing precision)
/// is set aside with its reason rather than failing the whole list: one odd listing among two thousand must not stop
/// trading on the others, and the pair itself then answers with that reason.
/// </summary>
internal static class GateMarketParser
{
    private const string Context = "currency_pair";

    public static GateMarket Parse(JsonElement item)
    {
        var pricePrecision = GateJson.Int(item, Context, "precision");
        var amountPrecision = GateJson.Int(item, Context, "amount_precision");
        if (pricePrecision is < 0 or > 20 || amountPrecision is < 0 or > 20)
        {
            throw new FormatException($"{Context}: precision {pricePrecision} / amount_precision {amountPrecision} out of range");
        }

        return new GateMarket(
            GateFields.Symbol(item, Context, "id"),
            pricePrecision,
            amountPrecision,
            GateJson.OptionalDecimal(item, Context, "min_base_amount") ?? 0m,
            GateJson.OptionalDecimal(item, Context, "min_quote_amount") ?? 0m,
            GateJson.OptionalDecimal(item, Context, "max_base_amount"),
            GateJson.OptionalDecimal(item, Context, "max_quote_amount"),
            GateJson.String(item, Context, "trade_status") switch
            {
                "tradable" => GateTradeStatus.Tradable,
                "buyable" => GateTradeStatus.Buyable,
                "sellable" => GateTradeStatus.Sellable,
                _ => GateTradeStatus.Untradable,
            },
            GateJson.OptionalDecimal(item, Context, "fee"));
    }

    public static GateMarketList ParseList(JsonElement root)
    {
        var markets = new Dictionary<Domain.Markets.Symbol, GateMarket>();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in GateJson.Array(root, "currency_pairs").EnumerateArray())
        {
            try
            {
                var market = Parse(item);
                markets[market.Symbol] = market;
            }
            catch (FormatException e)
            {
                var id = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var raw) && raw.ValueKind == JsonValueKind.String
                    ? raw.GetString()!.ToUpperInvariant()
                    : $"#{index}";
                problems[id] = e.Message;
            }

            index++;
        }

        if (markets.Count == 0 && problems.Count > 0)
        {
            throw new FormatException($"no currency pair could be read; first problem: {problems.First().Value}");
        }

        return new GateMarketList(markets, problems);
    }
}
