using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using CryptoAiBot.Application.Telemetry;

namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>
/// Aggregates measurements for <c>GET /metrics</c> with a <see cref="MeterListener"/>: the bot's own meter (this
/// <see cref="BotMetrics"/> instance's only, so two bots in one process — tests — never mix) and .NET's built-in
/// <c>System.Runtime</c> meter (CPU time, memory, GC, thread pool, which belong to the process anyway). Counters and
/// histograms accumulate from the moment this is created, so it must exist before trading starts; observable gauges are
/// read at scrape time. Rendering takes a lock so that two scrapes do not interleave their observations.
/// </summary>
public sealed class PrometheusCollector : IDisposable
{
    /// <summary>The media type of what <see cref="Render"/> returns.</summary>
    public const string ContentType = PrometheusTextWriter.ContentType;

    private const string RuntimeMeter = "System.Runtime";

    private static readonly double[] DefaultBounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);
    private readonly Lock _scrapeGate = new();
    private readonly MeterListener _listener;
    private readonly Func<Meter, bool> _accepts;
    private int _lastLength = 4096;

    /// <param name="metrics">The bot whose instruments are exported.</param>
    /// <param name="includeRuntime">Also export the process's <c>System.Runtime</c> meter.</param>
    public PrometheusCollector(BotMetrics metrics, bool includeRuntime = true)
        : this(meter => ReferenceEquals(meter, metrics.Meter) || (includeRuntime && meter.Name == RuntimeMeter))
    {
    }

    internal PrometheusCollector(Func<Meter, bool> accepts)
    {
        _accepts = accepts;
        _listener = new MeterListener { InstrumentPublished = OnPublished };
        _listener.SetMeasurementEventCallback<double>(static (i, m, t, s) => Record((MetricFamily)s!, m, t));
        _listener.SetMeasurementEventCallback<float>(static (i, m, t, s) => Record((MetricFamily)s!, m, t));
        _listener.SetMeasurementEventCallback<long>(static (i, m, t, s) => Record((MetricFamily)s!, m, t));
        _listener.SetMeasurementEventCallback<int>(static (i, m, t, s) => Record((MetricFamily)s!, m, t));
        _listener.SetMeasurementEventCallback<decimal>(static (i, m, t, s) => Record((MetricFamily)s!, (double)m, t));
        _listener.Start();
    }

    /// <summary>Every metric with at least one series, in the text format 0.0.4, sorted by name.</summary>
    public string Render()
    {
        lock (_scrapeGate)
        {
            foreach (var family in _families.Values)
            {
                if (family.IsObservable)
                {
                    family.Forget();
                }
            }

            _listener.RecordObservableInstruments();
            var text = new StringBuilder(_lastLength + 1024);
            foreach (var family in _families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                PrometheusTextWriter.Write(text, family);
            }

            _lastLength = text.Length;
            return text.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void OnPublished(Instrument instrument, MeterListener listener)
    {
        if (!_accepts(instrument.Meter) || Describe(instrument) is not { } family)
        {
            return;
        }

        // Two instruments of one name (one per bus, say) share the family as long as they agree on its type.
        var shared = _families.GetOrAdd(family.Name, family);
        if (shared.Kind == family.Kind && shared.IsObservable == family.IsObservable && shared.IsAbsolute == family.IsAbsolute)
        {
            listener.EnableMeasurementEvents(instrument, shared);
        }
    }

    private static MetricFamily? Describe(Instrument instrument)
    {
        var definition = instrument.GetType().IsGenericType ? instrument.GetType().GetGenericTypeDefinition() : null;
        // Observable instruments and synchronous gauges report absolute values; counters and up-down counters report changes.
        var (kind, observable, absolute) = definition switch
        {
            _ when definition == typeof(Counter<>) => (MetricKind.Counter, false, false),
            _ when definition == typeof(ObservableCounter<>) => (MetricKind.Counter, true, true),
            _ when definition == typeof(UpDownCounter<>) => (MetricKind.Gauge, false, false),
            _ when definition == typeof(Gauge<>) => (MetricKind.Gauge, false, true),
            _ when definition == typeof(ObservableUpDownCounter<>) || definition == typeof(ObservableGauge<>) => (MetricKind.Gauge, true, true),
            _ when definition == typeof(Histogram<>) => (MetricKind.Histogram, false, false),
            _ => ((MetricKind)0, false, false),
        };
        if (kind == 0)
        {
            return null;
        }

        var name = PrometheusNames.Metric(instrument.Name, instrument.Unit, kind);
        var help = instrument.Description ?? instrument.Name;
        return new MetricFamily(name, help, kind, observable, absolute, kind == MetricKind.Histogram ? Bounds(instrument) : null);
    }

    private static double[] Bounds(Instrument instrument) => instrument switch
    {
        Histogram<double> { Advice.HistogramBucketBoundaries: { } bounds } => [.. bounds],
        Histogram<long> { Advice.HistogramBucketBoundaries: { } bounds } => [.. bounds.Select(b => (double)b)],
        _ => DefaultBounds,
    };

    private static void Record(MetricFamily family, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = family.Get(Key(tags), tags);
        if (family.Kind == MetricKind.Histogram)
        {
            series.Observe(value, family.Bounds);
        }
        else if (family.IsAbsolute)
        {
            series.Set(value);
        }
        else
        {
            series.Add(value);
        }
    }

    private static string Key(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var key = new StringBuilder();
        foreach (var (name, value) in tags)
        {
            key.Append(name).Append('=').Append(PrometheusNames.LabelValue(value)).Append('\u001f');
        }

        return key.ToString();
    }
}
