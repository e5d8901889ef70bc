using System.Globalization;
using System.Text;

namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>
/// Instrument names and units as Prometheus names: characters outside <c>[a-zA-Z0-9_:]</c> become <c>_</c>
/// (<c>dotnet.gc.collections</c> → <c>dotnet_gc_collections</c>), the unit is appended as a base-unit suffix
/// (<c>s</c> → <c>_seconds</c>, <c>By</c> → <c>_bytes</c>; annotations such as <c>{order}</c> add nothing) and counters
/// end in <c>_total</c>. A gauge whose name would end like a histogram's series (<c>_count</c>, <c>_sum</c>, <c>_bucket</c>)
/// gets <c>_current</c> appended (<c>dotnet.timer.count</c> → <c>dotnet_timer_count_current</c>), as promtool requires.
/// </summary>
internal static class PrometheusNames
{
    public static string Metric(string instrumentName, string? unit, MetricKind kind)
    {
        var name = Sanitize(instrumentName);
        if (UnitSuffix(unit) is { } suffix && !name.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            name += "_" + suffix;
        }

        if (kind == MetricKind.Counter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }

        // _count, _sum and _bucket belong to histograms: a gauge such as dotnet.timer.count would read as one to Prometheus.
        if (kind == MetricKind.Gauge && (name.EndsWith("_count", StringComparison.Ordinal) || name.EndsWith("_sum", StringComparison.Ordinal)
                                         || name.EndsWith("_bucket", StringComparison.Ordinal)))
        {
            name += "_current";
        }

        return name;
    }

    public static string Label(string tagName) => Sanitize(tagName.Replace(':', '_'));

    public static string LabelValue(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string? UnitSuffix(string? unit) => unit switch
    {
        "s" => "seconds",
        "ms" => "milliseconds",
        "By" => "bytes",
        "%" => "percent",
        _ => null,
    };

    private static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_');
        }

        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }
}
