using System.Globalization;
using System.Net;
using System.Text;
using CryptoAiBot.Application.Backtesting;

namespace CryptoAiBot.Infrastructure.Reporting;

/// <summary>
/// Renders a <see cref="BacktestReport"/> as one self-contained HTML page: inline style, inline SVG charts
/// of equity and drawdown, the metrics and the trade list. Nothing is loaded from elsewhere and nothing
/// runs, so the file opens offline and in mail clients. The output depends only on the report (invariant
/// formats, no generation time, <c>\n</c> line ends): the same report renders byte-identical HTML.
/// </summary>
public static class BacktestHtmlReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1000px;color:#1d232a;background:#fff;padding:0 16px}
        h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:28px 0 8px}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}dt{color:#5b6670}dd{margin:0}
        table{border-collapse:collapse;font-variant-numeric:tabular-nums}th,td{padding:3px 10px;border-bottom:1px solid #e3e7eb;text-align:right;white-space:nowrap}
        th{background:#f4f6f8;font-weight:600}td.text,th.text{text-align:left}
        .pos{color:#11774a}.neg{color:#b3261e}
        svg.chart{width:100%;height:auto;display:block}svg text{font-size:11px;fill:#5b6670}
        .frame{fill:#fafbfc;stroke:#d5dadf}.line{fill:none;stroke-width:1.5}
        .equity .line{stroke:#1f5fbf}.drawdown .line{stroke:#b3261e}
        """;

    public static string Render(BacktestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(8_192 + report.Trades.Count * 320 + report.EquityCurve.Count * 16);
        var title = $"Backtest {report.Symbol} {report.Timeframe} {report.Strategy}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        Header(html, report);
        Metrics(html, report);
        Charts(html, report);
        Trades(html, report);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, BacktestReport report)
    {
        html.Append("<header>\n<h1>Backtest: ").Append(Encode($"{report.Symbol} {report.Timeframe} · {report.Strategy}")).Append("</h1>\n<dl>\n");
        Fact(html, "Period (UTC)", $"{ReportFormat.Time(report.FirstCandleMs)} → {ReportFormat.Time(report.LastCandleMs)}");
        Fact(html, "Candles", ReportFormat.Count(report.Candles));
        Fact(html, "Strategy", report.Strategy);
        Fact(html, "Trend filter", report.TrendFilter);
        Fact(html, "Sizer", report.Sizer);
        if (report.HeldBack is { Count: > 0 } heldBack)
        {
            Fact(html, "Buys held back", string.Join("; ", heldBack.Select(h => $"{h.Reason}: {h.Signals.ToString(CultureInfo.InvariantCulture)}")));
        }

        Fact(html, "Fill model", report.FillModel + FillModelNote(report.FillModel));
        Fact(html, "Slippage", $"{ReportFormat.Number(report.SlippageBps)} bps per fill");
        Fact(html, "Fee", $"{ReportFormat.Number(report.FeePct)}% per side");
        Fact(html, "Stops", report.Stops + StopsNote(report.Stops));
        html.Append("</dl>\n</header>\n");
    }

    private static void Metrics(StringBuilder html, BacktestReport report)
    {
        var m = report.Metrics;
        var quote = Quote(report.Symbol);
        html.Append("<section>\n<h2>Metrics</h2>\n<table class=\"metrics\">\n");
        Metric(html, $"Start equity{quote}", ReportFormat.Money(m.StartEquity));
        Metric(html, $"Final equity{quote}", ReportFormat.Money(m.FinalEquity));
        Metric(html, "Total return", ReportFormat.Percent(m.TotalReturn));
        Metric(html, "Max drawdown", ReportFormat.Percent(m.MaxDrawdown));
        Metric(html, "Sharpe (annualized)", ReportFormat.Ratio(m.Sharpe));
        Metric(html, "Sortino (annualized)", ReportFormat.Ratio(m.Sortino));
        Metric(html, "Trades", ReportFormat.Count(m.Trades));
        Metric(html, "Win rate", ReportFormat.Percent(m.WinRate));
        Metric(html, "Profit factor", ReportFormat.Ratio(m.ProfitFactor));
        Metric(html, "Exposure", ReportFormat.Percent(m.Exposure));
        Metric(html, $"Fees paid{quote}", ReportFormat.Money(m.FeesPaid));
        html.Append("</table>\n</section>\n");
    }

    private static void Charts(StringBuilder html, BacktestReport report)
    {
        var curve = report.EquityCurve;
        var times = curve.Select(p => p.TimeMs).ToArray();
        var equity = curve.Select(p => (double)p.Equity).ToArray();
        var drawdown = EquityDrawdown.From(curve);
        var (low, high) = equity.Length > 0 ? (equity.Min(), equity.Max()) : (0d, 0d);
        var deepest = drawdown.Length > 0 ? drawdown.Max() : 0d;
        var quote = Quote(report.Symbol);

        html.Append("<section>\n<h2>Equity").Append(Encode(quote)).Append("</h2>\n");
        HtmlChart.Line(html, "equity", "Equity over time", times, equity, high, low, v => ReportFormat.Money((decimal)v));
        html.Append("</section>\n<section>\n<h2>Drawdown from peak</h2>\n");
        HtmlChart.Line(html, "drawdown", "Drawdown from the running peak", times, drawdown, 0d, deepest > 0d ? deepest : 0.01d, ReportFormat.Percent);
        html.Append("</section>\n");
    }

    private static void Trades(StringBuilder html, BacktestReport report)
    {
        html.Append("<section>\n<h2>Trades (").Append(ReportFormat.Count(report.Trades.Count)).Append(")</h2>\n<table class=\"trades\">\n")
            .Append("<thead><tr><th>#</th><th class=\"text\">Entry (UTC)</th><th class=\"text\">Exit (UTC)</th><th>Entry price</th>")
            .Append("<th>Exit price</th><th>Quantity</th><th>PnL</th><th>Fees</th><th class=\"text\">Exit reason</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < report.Trades.Count; i++)
        {
            var t = report.Trades[i];
            html.Append("<tr><td>").Append(ReportFormat.Count(i + 1))
                .Append("</td><td class=\"text\">").Append(ReportFormat.Time(t.EntryTimeMs))
                .Append("</td><td class=\"text\">").Append(ReportFormat.Time(t.ExitTimeMs))
                .Append("</td><td>").Append(ReportFormat.Price(t.EntryPrice))
                .Append("</td><td>").Append(ReportFormat.Price(t.ExitPrice))
                .Append("</td><td>").Append(ReportFormat.Quantity(t.Quantity))
                .Append("</td><td class=\"").Append(t.Pnl >= 0 ? "pos" : "neg").Append("\">").Append(ReportFormat.Money(t.Pnl))
                .Append("</td><td>").Append(ReportFormat.Money(t.Fees))
                .Append("</td><td class=\"text\">").Append(Encode(t.ExitReason)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");

    private static void Metric(StringBuilder html, string name, string value) =>
        html.Append("<tr><th class=\"text\">").Append(Encode(name)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>\n");

    private static string Quote(string symbol) =>
        symbol.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 && slash < symbol.Length - 1 ? $" ({symbol[(slash + 1)..]})" : "";

    private static string FillModelNote(string fillModel) => fillModel switch
    {
        nameof(FillModel.NextOpen) => ": market orders fill at the open of the candle after the signal",
        nameof(FillModel.SignalClose) => ": market orders fill at the close of the signal candle",
        _ => "",
    };

    private static string StopsNote(string stops) => stops switch
    {
        nameof(StopEvaluation.OnClose) => ": checked on each candle's close",
        nameof(StopEvaluation.Intrabar) => ": checked against each candle's low first (pessimistic)",
        _ => "",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
