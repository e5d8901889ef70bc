namespace CryptoAiBot.Infrastructure.Metrics;

/// <summary>
/// One label set of a metric: a value (counter, gauge) or a histogram's per-bucket counts, sum and count. Measurements
/// arrive on any thread: a value is updated lock-free, a histogram under its own lock so that a scrape never sees a
/// count that disagrees with its buckets.
/// </summary>
internal sealed class MetricSeries
{
    private readonly Lock _gate = new();
    private readonly long[]? _buckets;
    private double _value;
    private double _sum;
    private long _count;

    public MetricSeries(KeyValuePair<string, string>[] labels, int bucketCount)
    {
        Labels = labels;
        _buckets = bucketCount > 0 ? new long[bucketCount + 1] : null;
    }

    public KeyValuePair<string, string>[] Labels { get; }

    public double Value => Volatile.Read(ref _value);

    public void Set(double value) => Volatile.Write(ref _value, value);

    public void Add(double increment)
    {
        var seen = Volatile.Read(ref _value);
        while (true)
        {
            var previous = Interlocked.CompareExchange(ref _value, seen + increment, seen);
            if (previous.Equals(seen))
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>Counts <paramref name="value"/> in the first bucket whose upper bound holds it (the last slot is +Inf).</summary>
    public void Observe(double value, double[] bounds)
    {
        var index = 0;
        while (index < bounds.Length && value > bounds[index])
        {
            index++;
        }

        lock (_gate)
        {
            _buckets![index]++;
            _sum += value;
            _count++;
        }
    }

    /// <summary>Cumulative bucket counts (the last is +Inf, equal to the count), the sum and the count, read together.</summary>
    public (long[] Cumulative, double Sum, long Count) ReadHistogram()
    {
        lock (_gate)
        {
            var cumulative = new long[_buckets!.Length];
            long running = 0;
            for (var i = 0; i < cumulative.Length; i++)
            {
                running += _buckets[i];
                cumulative[i] = running;
            }

            return (cumulative, _sum, _count);
        }
    }
}
