using System.Text.Json;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Reads <c>/spot/tickers</c>, which is an array even for one pair. An empty book side comes back empty or absent.</summary>
internal static class GateTickerParser
{
    private const string Context = "ticker";

    public static GateTicker Parse(JsonElement item, DateTimeOffset receivedAt) => new(
        GateFields.Symbol(item, Context, "currency_pair"),
        GateJson.Decimal(item, Context, "last"),
        GateJson.OptionalDecimal(item, Context, "highest_bid"),
        GateJson.OptionalDecimal(item, Context, "lowest_ask"),
        GateJson.OptionalDecimal(item, Context, "highest_size"),
        GateJson.OptionalDecimal(item, Context, "lowest_size"),
        GateJson.OptionalDecimal(item, Context, "change_percentage"),
        GateJson.OptionalDecimal(item, Context, "base_volume"),
        GateJson.OptionalDecimal(item, Context, "quote_volume"),
        GateJson.OptionalDecimal(item, Context, "high_24h"),
        GateJson.OptionalDecimal(item, Context, "low_24h"),
        receivedAt);

    public static IReadOnlyList<GateTicker> ParseList(JsonElement root, DateTimeOffset receivedAt) =>
        [.. GateJson.Array(root, "tickers").EnumerateArray().Select(item => Parse(item, receivedAt))];

    /// <summary>The ticker of <paramref name="symbol"/> from a one-pair answer.</summary>
    public static GateTicker ParseOne(JsonElement root, Symbol symbol, DateTimeOffset receivedAt) =>
        ParseList(root, receivedAt).FirstOrDefault(t => t.Symbol == symbol)
        ?? throw new FormatException($"tickers: no entry for {symbol.ExchangeCode}");
}
