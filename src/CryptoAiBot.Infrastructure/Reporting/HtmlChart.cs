using System.Net;
using System.Text;

namespace CryptoAiBot.Infrastructure.Reporting;

/// <summary>
/// A line chart as inline SVG (no script, no external reference, no <c>xmlns</c> needed inside HTML):
/// a plot frame, the value at its top and bottom edges, the first and last dates, and one polyline.
/// </summary>
internal static class HtmlChart
{
    private const double Width = 960;
    private const double Height = 240;
    private const double Left = 88;
    private const double Right = 12;
    private const double Top = 10;
    private const double Bottom = 26;

    /// <summary>
    /// Draws <paramref name="values"/> against <paramref name="times"/> (Unix ms). The value
    /// <paramref name="topValue"/> sits at the top edge and <paramref name="bottomValue"/> at the bottom, so a
    /// drawdown chart passes 0 as the top and hangs downwards.
    /// </summary>
    public static void Line(
        StringBuilder html, string cssClass, string label, IReadOnlyList<long> times, IReadOnlyList<double> values,
        double topValue, double bottomValue, Func<double, string> format)
    {
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        html.Append("<svg class=\"chart ").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(ReportFormat.Coordinate(Width)).Append(' ').Append(ReportFormat.Coordinate(Height))
            .Append("\" role=\"img\" aria-label=\"").Append(WebUtility.HtmlEncode(label)).Append("\">\n");
        html.Append("<rect class=\"frame\" x=\"").Append(ReportFormat.Coordinate(Left)).Append("\" y=\"").Append(ReportFormat.Coordinate(Top)).Append("\" width=\"")
            .Append(ReportFormat.Coordinate(plotWidth)).Append("\" height=\"").Append(ReportFormat.Coordinate(plotHeight)).Append("\"/>\n");
        Text(html, Left - 6, Top + 10, "end", format(topValue));
        Text(html, Left - 6, Top + plotHeight, "end", format(bottomValue));
        if (times.Count == 0)
        {
            Text(html, Left + plotWidth / 2, Top + plotHeight / 2, "middle", "no data");
            html.Append("</svg>\n");
            return;
        }

        Text(html, Left, Height - 8, "start", ReportFormat.Date(times[0]));
        Text(html, Left + plotWidth, Height - 8, "end", ReportFormat.Date(times[^1]));
        var start = times[0];
        var span = Math.Max(1d, times[^1] - start);
        var range = topValue - bottomValue;
        range = range == 0d ? 1d : range;
        html.Append("<polyline class=\"line\" points=\"");
        for (var i = 0; i < times.Count; i++)
        {
            var x = Left + (times[i] - start) / span * plotWidth;
            var y = Top + (topValue - values[i]) / range * plotHeight;
            html.Append(i == 0 ? "" : " ").Append(ReportFormat.Coordinate(x)).Append(',').Append(ReportFormat.Coordinate(Math.Clamp(y, Top, Top + plotHeight)));
        }

        html.Append("\"/>\n</svg>\n");
    }

    private static void Text(StringBuilder html, double x, double y, string anchor, string text) =>
        html.Append("<text x=\"").Append(ReportFormat.Coordinate(x)).Append("\" y=\"").Append(ReportFormat.Coordinate(y))
            .Append("\" text-anchor=\"").Append(anchor).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</text>\n");
}
