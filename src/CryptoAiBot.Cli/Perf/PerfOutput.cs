using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CryptoAiBot.Cli.Perf;

/// <summary>Prints a <see cref="PerfReport"/> as an aligned table or as JSON with the names <c>/pnl/today</c> uses.</summary>
internal static class PerfOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static string ToJson(PerfReport report) => JsonSerializer.Serialize(report, Json);

    public static string ToTable(PerfReport report)
    {
        var header = new[] { "symbol", "realized_pnl", "fees", "turnover", "orders", "fills", "round_trips", "wins", "win_rate" };
        var rows = report.Symbols.Concat(report.Totals.Count > 1 || report.Symbols.Count > 1 ? report.Totals : []).Select(Cells).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"FIFO realized PnL, fees included, {report.From:yyyy-MM-ddTHH:mm:ssZ} to {report.To:yyyy-MM-ddTHH:mm:ssZ}").AppendLine();
        if (rows.Count == 0)
        {
            return text.AppendLine("no trades recorded").ToString();
        }

        Append(text, header, widths);
        foreach (var row in rows)
        {
            Append(text, row, widths);
        }

        return text.ToString();
    }

    private static string[] Cells(PerfRow row) =>
    [
        row.Symbol,
        Amount(row.RealizedPnlQuote, row.Quote),
        Amount(row.FeesQuote, row.Quote),
        Amount(row.TurnoverQuote, row.Quote),
        row.OrderCount.ToString(CultureInfo.InvariantCulture),
        row.FillCount.ToString(CultureInfo.InvariantCulture),
        row.ClosedRoundTrips.ToString(CultureInfo.InvariantCulture),
        row.WinningRoundTrips.ToString(CultureInfo.InvariantCulture),
        row.WinRate is { } rate ? (rate * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-",
    ];

    // Eight places: what Gate quotes at most; the JSON keeps every digit.
    private static string Amount(decimal value, string quote) => $"{Math.Round(value, 8).ToString("0.########", CultureInfo.InvariantCulture)} {quote}";

    private static void Append(StringBuilder text, string[] cells, int[] widths)
    {
        // Names left, numbers right, as a reader scans them.
        text.Append(cells[0].PadRight(widths[0]));
        for (var i = 1; i < cells.Length; i++)
        {
            text.Append("  ").Append(cells[i].PadLeft(widths[i]));
        }

        text.AppendLine();
    }
}
