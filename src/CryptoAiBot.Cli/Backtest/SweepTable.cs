using System.Globalization;
using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>The terminal view of a sweep: the best runs as a ranked table, then the combinations that were skipped.</summary>
internal static class SweepTable
{
    /// <summary>Rows shown; the JSON report has all of them.</summary>
    public const int ShownRows = 25;

    private const int ShownSkips = 20;

    public static void Render(SweepReport report, int parallelism, TimeSpan elapsed)
    {
        var runs = report.Results.Count;

        // Logs and pipes do not wrap lines; at Spectre's default 80 columns each row would fold into several.
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        AnsiConsole.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"sweep: {runs} runs over {report.Candles:N0} {report.Symbol} {report.Timeframe} candles, {report.Strategy}, {report.FillModel}, " +
            $"fee {report.FeePct}% per side, stops on {report.Stops}; {parallelism} in parallel, {elapsed.TotalSeconds:0.00} s; ranked by {report.RankBy}")));
        var axes = report.Results.Count > 0 ? report.Results[0].Values.Keys.ToArray() : [];
        var table = new Table().AddColumn("#");
        foreach (var column in axes.Concat(["return", "max dd", "sharpe", "sortino", "trades", "win rate", "profit f.", "exposure"]))
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        foreach (var result in report.Results.Take(ShownRows))
        {
            var m = result.Metrics;
            var values = axes.Select(axis => result.Values[axis].ToString(CultureInfo.InvariantCulture));
            var metrics = new[]
            {
                Percent((double)m.TotalReturn),
                Percent((double)m.MaxDrawdown),
                Number(m.Sharpe),
                Number(m.Sortino),
                m.Trades.ToString(CultureInfo.InvariantCulture),
                Percent(m.WinRate),
                Number(m.ProfitFactor),
                Percent(m.Exposure),
            };
            table.AddRow([result.Rank.ToString(CultureInfo.InvariantCulture), .. values, .. metrics]);
        }

        AnsiConsole.Write(table);
        if (runs > ShownRows)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"… {runs - ShownRows} more runs in the JSON report (--json)"));
        }

        foreach (var skip in report.Skipped.Take(ShownSkips))
        {
            AnsiConsole.MarkupLine(Markup.Escape($"skipped {skip.Parameters}: {skip.Reason}"));
        }

        if (report.Skipped.Count > ShownSkips)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"… and {report.Skipped.Count - ShownSkips} more skipped"));
        }
    }

    private static string Percent(double fraction) => (fraction * 100d).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
