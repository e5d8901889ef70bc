using System.Globalization;
using System.Text;

namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>
/// The Prometheus text exposition format, version 0.0.4: per metric <c># HELP</c> (backslash and newline escaped) and
/// <c># TYPE</c>, then one line per series, label values with backslash, double quote and newline escaped. A histogram is
/// written as cumulative <c>_bucket{le="…"}</c> lines ending with <c>le="+Inf"</c> (equal to the count), then
/// <c>_sum</c> and <c>_count</c>. A metric with no series yet is left out.
/// </summary>
internal static class PrometheusTextWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void Write(StringBuilder text, MetricFamily family)
    {
        var series = family.Series.ToArray();
        if (series.Length == 0)
        {
            return;
        }

        text.Append("# HELP ").Append(family.Name).Append(' ');
        AppendEscaped(text, family.Help, escapeQuotes: false);
        text.Append('\n').Append("# TYPE ").Append(family.Name).Append(' ').Append(TypeName(family.Kind)).Append('\n');
        foreach (var one in series)
        {
            if (family.Kind == MetricKind.Histogram)
            {
                WriteHistogram(text, family, one);
            }
            else
            {
                AppendSample(text, family.Name, one.Labels, null, one.Value);
            }
        }
    }

    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : double.IsNaN(value) ? "NaN"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteHistogram(StringBuilder text, MetricFamily family, MetricSeries series)
    {
        var (cumulative, sum, count) = series.ReadHistogram();
        var bucket = family.Name + "_bucket";
        for (var i = 0; i < family.Bounds.Length; i++)
        {
            AppendSample(text, bucket, series.Labels, Number(family.Bounds[i]), cumulative[i]);
        }

        AppendSample(text, bucket, series.Labels, "+Inf", count);
        AppendSample(text, family.Name + "_sum", series.Labels, null, sum);
        AppendSample(text, family.Name + "_count", series.Labels, null, count);
    }

    private static void AppendSample(StringBuilder text, string name, KeyValuePair<string, string>[] labels, string? le, double value)
    {
        text.Append(name);
        if (labels.Length > 0 || le is not null)
        {
            text.Append('{');
            var first = true;
            foreach (var (key, labelValue) in labels)
            {
                text.Append(first ? "" : ",").Append(key).Append("=\"");
                AppendEscaped(text, labelValue, escapeQuotes: true);
                text.Append('"');
                first = false;
            }

            if (le is not null)
            {
                text.Append(first ? "" : ",").Append("le=\"").Append(le).Append('"');
            }

            text.Append('}');
        }

        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static void AppendEscaped(StringBuilder text, string value, bool escapeQuotes)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '"' when escapeQuotes => text.Append("\\\""),
                _ => text.Append(c),
            };
        }
    }

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",
        _ => "gauge",
    };
}
