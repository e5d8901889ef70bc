using System.Threading.RateLimiting;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// One token bucket and Gate's "closed until" on top of it. The bucket is replenished by a timer from the injected
/// <see cref="TimeProvider"/> (not the limiter's own real-time timer), so tests can drive it.
/// </summary>
internal sealed class GateBucket : IDisposable
{
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(50);
    private readonly ITimer _replenish;
    private long _closedUntilTicks;
    private int _strikes;

    public GateBucket(int burst, double ratePerSecond, TimeProvider time)
    {
        // Whole tokens per period, the period as short as reasonable: 8 r/s → 1 per 125 ms, 200 r/s → 10 per 50 ms.
        var tokens = Math.Max(1, (int)Math.Floor(ratePerSecond * ShortestPeriod.TotalSeconds));
        var period = TimeSpan.FromSeconds(tokens / ratePerSecond);
        Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = 1024,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _replenish = time.CreateTimer(static state => ((TokenBucketRateLimiter)state!).TryReplenish(), Limiter, period, period);
    }

    public TokenBucketRateLimiter Limiter { get; }

    public DateTimeOffset ClosedUntil => new(Interlocked.Read(ref _closedUntilTicks), TimeSpan.Zero);

    public void CloseUntil(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        var seen = Interlocked.Read(ref _closedUntilTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _closedUntilTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    public int Strike() => Interlocked.Increment(ref _strikes);

    public void ClearStrikes() => Interlocked.Exchange(ref _strikes, 0);

    public void Dispose()
    {
        _replenish.Dispose();
        Limiter.Dispose();
    }
}
