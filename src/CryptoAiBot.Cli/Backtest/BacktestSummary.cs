using System.Globalization;
using CryptoAiBot.Application.Backtesting;
using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>The one-screen terminal view of a backtest report (invariant number formats, like the JSON and HTML).</summary>
public static class BacktestSummary
{
    public static void Render(BacktestReport report)
    {
        var m = report.Metrics;
        var period = $"{Time(report.FirstCandleMs)} → {Time(report.LastCandleMs)}";
        var table = new Table().AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, FormattableString value) => table.AddRow(Markup.Escape(name), Markup.Escape(FormattableString.Invariant(value)));
        Row("symbol / timeframe", $"{report.Symbol} {report.Timeframe}, {report.Candles:N0} candles");
        Row("period", $"{period}");
        Row("strategy", $"{report.Strategy}");
        Row("trend filter", $"{report.TrendFilter}");
        Row("sizer", $"{report.Sizer}");
        if (report.HeldBack is { Count: > 0 } heldBack)
        {
            Row("buys held back", $"{string.Join("; ", heldBack.Select(h => $"{h.Reason}: {h.Signals}"))}");
        }

        Row("fill model", $"{report.FillModel}, slippage {report.SlippageBps} bps, fee {report.FeePct}% per side, stops on {report.Stops}");
        Row("equity", $"{m.StartEquity:0.00} → {m.FinalEquity:0.00}");
        Row("total return", $"{m.TotalReturn:P2}");
        Row("max drawdown", $"{m.MaxDrawdown:P2}");
        Row("sharpe / sortino", $"{m.Sharpe:0.00} / {m.Sortino:0.00}");
        Row("trades / win rate", $"{m.Trades} / {m.WinRate:P1}");
        Row("profit factor", $"{m.ProfitFactor:0.00}");
        Row("exposure", $"{m.Exposure:P1}");
        Row("fees paid", $"{m.FeesPaid:0.00}");
        AnsiConsole.Write(table);
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
