namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>The Prometheus metric types we write (text format 0.0.4 <c># TYPE</c>).</summary>
internal enum MetricKind
{
    Counter = 1,
    Gauge,
    Histogram,
}
