using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reads <c>/spot/candlesticks</c> rows: <c>[t (s), quote volume, close, high, low, open, base volume, closed]</c>.
/// Seven-column rows (the documentation example) are read with the seventh as the closed flag when it is
/// <c>"true"</c>/<c>"false"</c>, as the base volume otherwise.
/// </summary>
internal static class GateCandleParser
{
    public static IReadOnlyList<GateCandle> ParseList(JsonElement root)
    {
        var candles = new List<GateCandle>();
        var index = 0;
        foreach (var row in GateJson.Array(root, "candlesticks").EnumerateArray())
        {
            candles.Add(ParseRow(row, $"candlesticks[{index++}]"));
        }

        return candles;
    }

    public static GateCandle ParseRow(JsonElement row, string context)
    {
        if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() is < 7 or > 8)
        {
            throw new FormatException($"{context}: expected a row of 7 or 8 columns");
        }

        decimal Column(int i, string name) => GateJson.ToDecimal(row[i], $"{context}.{name}");
        var seconds = Column(0, "time");
        if (seconds != decimal.Truncate(seconds))
        {
            throw new FormatException($"{context}.time: {seconds} is not whole seconds");
        }

        var seventh = row[6];
        var seventhIsFlag = seventh.ValueKind == JsonValueKind.String && seventh.GetString() is "true" or "false";
        bool? closed = row.GetArrayLength() == 8 ? Flag(row[7], context)
            : seventhIsFlag ? Flag(seventh, context) : null;

        return new GateCandle(
            GateJson.FromMilliseconds(seconds * 1000m, $"{context}.time"),
            Open: Column(5, "open"),
            High: Column(3, "high"),
            Low: Column(4, "low"),
            Close: Column(2, "close"),
            BaseVolume: seventhIsFlag ? null : Column(6, "base_volume"),
            QuoteVolume: Column(1, "quote_volume"),
            IsClosed: closed);
    }

    private static bool Flag(JsonElement value, string context) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is "true" or "false"
            ? value.GetString() == "true"
            : value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? value.GetBoolean()
                : throw new FormatException($"{context}.closed: {value.GetRawText()} is not true or false");
}
