using System.Globalization;
using CryptoAiBot.Application.Backtesting;
using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>The trade list of a backtest in the terminal: the last <c>--trades</c> round trips, oldest first.</summary>
internal static class BacktestTradeTable
{
    public const int DefaultRows = 20;

    public static void Render(IReadOnlyList<BacktestTrade> trades, int rows)
    {
        if (rows <= 0 || trades.Count == 0)
        {
            return;
        }

        var shown = trades.Skip(Math.Max(0, trades.Count - rows)).ToArray();
        // Exit time, quantity and fees stay in the reports: seven columns fit an 80-column terminal.
        var table = new Table().Border(TableBorder.Simple).Title(new TableTitle(Markup.Escape(Title(trades.Count, shown.Length)), Style.Plain));
        table.AddColumn("#", c => c.RightAligned()).AddColumn("entry (UTC)", c => c.NoWrap()).AddColumn("held", c => c.RightAligned().NoWrap())
            .AddColumn("in", c => c.RightAligned().NoWrap()).AddColumn("out", c => c.RightAligned().NoWrap())
            .AddColumn("pnl", c => c.RightAligned().NoWrap()).AddColumn("reason", c => c.NoWrap());
        var first = trades.Count - shown.Length + 1;
        for (var i = 0; i < shown.Length; i++)
        {
            var t = shown[i];
            table.AddRow(
                (first + i).ToString(CultureInfo.InvariantCulture), Time(t.EntryTimeMs), Held(t.ExitTimeMs - t.EntryTimeMs),
                Money(t.EntryPrice), Money(t.ExitPrice), Money(t.Pnl), Markup.Escape(t.ExitReason));
        }

        AnsiConsole.Write(table);
    }

    private static string Title(int total, int shown) =>
        shown == total ? $"Trades ({total})" : $"Last {shown} of {total} trades (all of them in --json and --html)";

    /// <summary>Two decimals for the screen; the reports keep every digit.</summary>
    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Held(long ms)
    {
        var span = TimeSpan.FromMilliseconds(ms);
        return span.TotalDays >= 1 ? $"{(int)span.TotalDays}d{span.Hours}h"
            : span.TotalHours >= 1 ? $"{span.Hours}h{span.Minutes:00}m"
            : $"{span.Minutes}m";
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
