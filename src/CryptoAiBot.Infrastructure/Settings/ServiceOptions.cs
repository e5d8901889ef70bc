using System.Globalization;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>The process around the bot: LOG_LEVEL, API_TOKEN, HTTP_HOST/HTTP_PORT, EVENT_BUS_URL, METRICS_BUCKETS_MS.</summary>
public sealed class ServiceOptions
{
    internal static readonly (string Name, LogLevel Value)[] LogLevels =
    [
        ("Trace", LogLevel.Trace), ("Debug", LogLevel.Debug), ("Information", LogLevel.Information),
        ("Warning", LogLevel.Warning), ("Error", LogLevel.Error), ("Critical", LogLevel.Critical), ("None", LogLevel.None),
        ("INFO", LogLevel.Information), ("WARN", LogLevel.Warning), ("FATAL", LogLevel.Critical),
    ];

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Bearer token for the control endpoints (API_TOKEN); unset disables them.</summary>
    public Secret ApiToken { get; init; } = Secret.None;

    public bool ControlEndpointsEnabled => ApiToken.IsSet;

    /// <summary>Port of the HTTP API (HTTP_PORT); 0 picks a free port.</summary>
    public int HttpPort { get; init; } = 8000;

    public string HttpHost { get; init; } = "127.0.0.1";

    /// <summary>Redis or other broker URL for domain events (EVENT_BUS_URL); unset keeps events in process. May hold a password.</summary>
    public Secret EventBusUrl { get; init; } = Secret.None;

    /// <summary>Upper bounds of latency histogram buckets in milliseconds, ascending (METRICS_BUCKETS_MS).</summary>
    public IReadOnlyList<double> MetricsBucketsMs { get; init; } = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

    internal static ServiceOptions Read(VariableReader r)
    {
        var d = new ServiceOptions();
        var options = new ServiceOptions
        {
            LogLevel = r.Choice("LOG_LEVEL", d.LogLevel, LogLevels),
            ApiToken = r.Raw("API_TOKEN") is { } token ? new Secret(token) : Secret.None,
            HttpPort = r.Int("HTTP_PORT", d.HttpPort),
            HttpHost = r.String("HTTP_HOST", d.HttpHost),
            EventBusUrl = r.Raw("EVENT_BUS_URL") is { } bus ? new Secret(bus) : Secret.None,
            MetricsBucketsMs = ReadBuckets(r, d.MetricsBucketsMs),
        };

        r.Between("HTTP_PORT", options.HttpPort, 0, 65535);
        if (options.EventBusUrl.IsSet && !options.EventBusUrl.Reveal().Contains("://", StringComparison.Ordinal))
        {
            r.Problem("EVENT_BUS_URL is not a URL such as redis://127.0.0.1:6379");
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["LOG_LEVEL"] = LogLevel.ToString();
        into["API_TOKEN"] = ApiToken.ToString();
        into["HTTP_PORT"] = SettingText.Number(HttpPort);
        into["HTTP_HOST"] = HttpHost;
        into["EVENT_BUS_URL"] = ConnectionText.Mask(EventBusUrl);
        into["METRICS_BUCKETS_MS"] = string.Join(",", MetricsBucketsMs.Select(SettingText.Number));
    }

    private static IReadOnlyList<double> ReadBuckets(VariableReader r, IReadOnlyList<double> fallback)
    {
        var texts = r.List("METRICS_BUCKETS_MS");
        if (texts is null)
        {
            return fallback;
        }

        var buckets = new List<double>();
        foreach (var text in texts)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var bucket) || !double.IsFinite(bucket))
            {
                r.Problem($"METRICS_BUCKETS_MS: {VariableReader.Echo(text)} is not a number");
                return fallback;
            }

            buckets.Add(bucket);
        }

        if (buckets.Count == 0 || buckets[0] <= 0 || buckets.Zip(buckets.Skip(1)).Any(p => p.Second <= p.First))
        {
            r.Problem("METRICS_BUCKETS_MS must be positive numbers in strictly ascending order");
            return fallback;
        }

        return buckets;
    }
}
