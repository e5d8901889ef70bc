using System.Globalization;
using System.Text;

namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>
/// Instrument names and units as Prometheus names: characters outside <c>[a-zA-Z0-9_:]</c> become <c>_</c>
/// (<c>dotnet.gc.collections</c> → <c>dotnet_gc_collections</c>), the unit is appended as a base-unit suffix
/// (<c>s</c> → <c>_seconds</c>, <c>By</c> → <c>_bytes</c>; annotations such as <c>{order}</c> add nothing) and counters
/// end in <c>_total</c>.
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
