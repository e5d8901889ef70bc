using System.Collections.Concurrent;

namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>
/// One Prometheus metric (a name, its help, its type) and its series by label set. Observable instruments report
/// absolute values when a scrape asks, so their series are forgotten before each scrape: a symbol or loop that is no
/// longer reported disappears instead of showing its last value for ever.
/// </summary>
internal sealed class MetricFamily(string name, string help, MetricKind kind, bool observable = false, bool absolute = false, double[]? bounds = null)
{
    private readonly ConcurrentDictionary<string, MetricSeries> _series = new(StringComparer.Ordinal);

    public string Name => name;

    public string Help => help;

    public MetricKind Kind => kind;

    public bool IsObservable => observable;

    /// <summary>Measurements are values to keep (gauges, observed totals) rather than changes to add.</summary>
    public bool IsAbsolute => absolute;

    /// <summary>Upper bounds of a histogram's buckets, ascending, without +Inf; empty for other kinds.</summary>
    public double[] Bounds { get; } = kind == MetricKind.Histogram ? bounds ?? [] : [];

    public IEnumerable<MetricSeries> Series => _series.Values;

    /// <summary>The series of a label set, made on first use. The key is built by the caller from the same labels.</summary>
    public MetricSeries Get(string key, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (_series.TryGetValue(key, out var series))
        {
            return series;
        }

        var labels = new KeyValuePair<string, string>[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            labels[i] = new(PrometheusNames.Label(tags[i].Key), PrometheusNames.LabelValue(tags[i].Value));
        }

        return _series.GetOrAdd(key, new MetricSeries(labels, Bounds.Length));
    }

    /// <summary>A series given its labels directly (tests, and values that do not come from an instrument).</summary>
    public MetricSeries Get(params KeyValuePair<string, string>[] labels) =>
        _series.GetOrAdd(string.Join('\u001f', labels.Select(l => $"{l.Key}={l.Value}")), _ => new MetricSeries(labels, Bounds.Length));

    public void Forget() => _series.Clear();
}
