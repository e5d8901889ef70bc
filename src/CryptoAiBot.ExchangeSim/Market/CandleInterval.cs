namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>
/// A Gate candlestick interval (<c>1s … 30d</c>). Periods count from the Unix epoch, weeks start on
/// Monday 00:00 UTC (as on the exchanges) and <c>30d</c> is the calendar month.
/// </summary>
internal sealed record CandleInterval(string Code, long Seconds)
{
    private const long MondayEpochSeconds = 4 * 86_400;

    private static readonly CandleInterval[] All =
    [
        new("1s", 1), new("10s", 10), new("1m", 60), new("5m", 300), new("15m", 900), new("30m", 1_800),
        new("1h", 3_600), new("4h", 14_400), new("8h", 28_800), new("1d", 86_400), new("7d", 604_800), new("30d", 0),
    ];

    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(i => i.Code)];

    public static CandleInterval? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    private bool IsMonth => Seconds == 0;

    public DateTimeOffset BucketStart(DateTimeOffset time)
    {
        if (IsMonth)
        {
            return new DateTimeOffset(time.UtcDateTime.Year, time.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        }

        var seconds = time.ToUnixTimeSeconds();
        var origin = Seconds == 604_800 ? MondayEpochSeconds : 0;
        return DateTimeOffset.FromUnixTimeSeconds(origin + (FloorDiv(seconds - origin, Seconds) * Seconds));
    }

    public DateTimeOffset Next(DateTimeOffset bucketStart) => IsMonth ? bucketStart.AddMonths(1) : bucketStart.AddSeconds(Seconds);

    public DateTimeOffset Previous(DateTimeOffset bucketStart, int count) =>
        IsMonth ? bucketStart.AddMonths(-count) : bucketStart.AddSeconds(-Seconds * count);

    /// <summary>Buckets from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>, inclusive.</summary>
    public long CountBuckets(DateTimeOffset from, DateTimeOffset to)
    {
        var first = BucketStart(from);
        var last = BucketStart(to);
        if (last < first)
        {
            return 0;
        }

        if (IsMonth)
        {
            return ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        }

        return ((last.ToUnixTimeSeconds() - first.ToUnixTimeSeconds()) / Seconds) + 1;
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
}
