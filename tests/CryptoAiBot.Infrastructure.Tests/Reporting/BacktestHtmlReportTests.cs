using System.Globalization;
using System.Text.RegularExpressions;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Infrastructure.Reporting;

namespace CryptoAiBot.Infrastructure.Tests.Reporting;

public sealed class BacktestHtmlReportTests
{
    private const long Start = 1_617_321_600_000; // 2021-04-02 00:00 UTC

    internal static BacktestReport Sample(int trades = 3, int points = 50, string strategy = "ema_cross", string exitReason = "exit_signal")
    {
        var curve = Enumerable.Range(0, points).Select(i => new EquityPoint(Start + i * 60_000L, 10_000m + ((i % 7) - 3) * 12.5m - i)).ToArray();
        var list = Enumerable.Range(0, trades).Select(i => new BacktestTrade(
            Start + i * 600_000L, Start + i * 600_000L + 300_000L, 58_705.19m + i, 58_863.05m - i, 0.017034m, i % 2 == 0 ? 1.25m : -3.5m, 4.003m, exitReason)).ToArray();
        var metrics = new BacktestMetrics(10_000m, 9_513.4233m, -0.0486577m, 0.0507123m, -118.3811, -134.7549, trades, 0.038095, 0.02134, 0.494, 421.4312m);
        return new BacktestReport("BTC/USDT", "1m", strategy, "NextOpen", 5m, "OnClose", 0.2m, 5_000, Start, Start + 4_999 * 60_000L, metrics, list, curve);
    }

    [Fact]
    public void Shows_the_settings_the_metrics_and_one_row_per_trade()
    {
        var html = BacktestHtmlReport.Render(Sample(trades: 7));

        foreach (var expected in new[]
        {
            "BTC/USDT 1m", "ema_cross", "NextOpen", "5 bps per fill", "0.2% per side", "OnClose", "2021-04-02 00:00", "5,000",
            "10,000.00", "9,513.42", "-4.87%", "5.07%", "-118.38", "-134.75", "3.81%", "0.02", "49.40%", "421.43",
            "58,705.19", "58,863.05", "0.017034", "-3.50", "4.00", "exit_signal",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        Assert.Equal(2, HtmlShape.Count(html, "table"));
        Assert.Equal(2, HtmlShape.Count(html, "svg"));
        Assert.Equal(11, HtmlShape.Count(HtmlShape.Element(html, "table", "metrics"), "tr"));
        Assert.Equal(7 + 1, HtmlShape.Count(HtmlShape.Element(html, "table", "trades"), "tr"));
        Assert.Null(HtmlShape.FirstImbalance(html));
    }

    [Fact]
    public void Is_self_contained_with_no_script_and_no_outside_reference()
    {
        var html = BacktestHtmlReport.Render(Sample());

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "<script", "http", "url(", "@import", "<link", "src=", "\r" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_same_report_renders_the_same_bytes_whatever_the_current_culture()
    {
        var first = BacktestHtmlReport.Render(Sample());
        // A German-like culture (the process may run in globalization-invariant mode, so it is built by hand).
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = german.NumberFormat.PercentDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = german.NumberFormat.PercentGroupSeparator = ".";
        german.DateTimeFormat.DateSeparator = ".";
        var previous = CultureInfo.CurrentCulture;
        string second;
        try
        {
            CultureInfo.CurrentCulture = german;
            second = BacktestHtmlReport.Render(Sample());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(first, second);
        Assert.Equal(first, BacktestHtmlReport.Render(Sample()));
    }

    [Fact]
    public void Encodes_every_string_taken_from_the_report()
    {
        var html = BacktestHtmlReport.Render(Sample(strategy: "<script>alert(1)</script>", exitReason: "stop & \"trail\" <x>"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<x>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("stop &amp; &quot;trail&quot; &lt;x&gt;", html, StringComparison.Ordinal);
        Assert.Null(HtmlShape.FirstImbalance(html));
    }

    [Fact]
    public void Both_charts_have_one_vertex_per_equity_point_inside_the_plot_frame()
    {
        var html = BacktestHtmlReport.Render(Sample(points: 40));

        foreach (var chart in new[] { "chart equity", "chart drawdown" })
        {
            var svg = HtmlShape.Element(html, "svg", chart);
            var points = Regex.Match(svg, "<polyline class=\"line\" points=\"([^\"]*)\"").Groups[1].Value.Split(' ');
            var frame = Regex.Match(svg, "<rect class=\"frame\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"");
            var (x, y, w, h) = (Number(frame.Groups[1].Value), Number(frame.Groups[2].Value), Number(frame.Groups[3].Value), Number(frame.Groups[4].Value));

            Assert.Equal(40, points.Length);
            Assert.All(points.Select(p => p.Split(',').Select(Number).ToArray()), p =>
            {
                Assert.InRange(p[0], x, x + w);
                Assert.InRange(p[1], y, y + h);
            });
        }
    }

    [Fact]
    public void A_run_without_trades_or_curve_still_renders_a_complete_page()
    {
        var html = BacktestHtmlReport.Render(Sample(trades: 0, points: 0));

        Assert.Equal(2, Regex.Count(html, "no data"));
        Assert.Equal(1, HtmlShape.Count(HtmlShape.Element(html, "table", "trades"), "tr"));
        Assert.Contains("Trades (0)", html, StringComparison.Ordinal);
        Assert.Null(HtmlShape.FirstImbalance(html));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
