namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// One token bucket and Gate's "closed until" on top of it. Tokens are added by a timer of the injected
/// <see cref="TimeProvider"/>, a fixed number per period, so the rate follows that clock alone. (The framework's
/// <c>TokenBucketRateLimiter</c> sizes even a manual replenishment by the real time elapsed, which starves a client
/// whose clock runs ahead of the wall clock, as a test's manual clock does.) Waiting requests are served oldest first;
/// at most <see cref="QueueLimit"/> wait.
/// </summary>
internal sealed class GateBucket : IDisposable
{
    public const int QueueLimit = 1024;

    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(50);
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource<bool>> _waiting = new();
    private readonly ITimer _replenish;
    private readonly int _burst;
    private readonly int _tokensPerPeriod;
    private int _tokens;
    private long _closedUntilTicks;
    private int _strikes;

    public GateBucket(int burst, double ratePerSecond, TimeProvider time)
    {
        // Whole tokens per period, the period as short as reasonable: 8 r/s → 1 per 125 ms, 200 r/s → 10 per 50 ms.
        _burst = burst;
        _tokens = burst;
        _tokensPerPeriod = Math.Max(1, (int)Math.Floor(ratePerSecond * ShortestPeriod.TotalSeconds));
        var period = TimeSpan.FromSeconds(_tokensPerPeriod / ratePerSecond);
        _replenish = time.CreateTimer(static state => ((GateBucket)state!).Replenish(), this, period, period);
    }

    /// <summary>Tokens that can be taken at once right now.</summary>
    public int Available
    {
        get
        {
            lock (_gate)
            {
                return _tokens;
            }
        }
    }

    public DateTimeOffset ClosedUntil => new(Interlocked.Read(ref _closedUntilTicks), TimeSpan.Zero);

    /// <summary>Takes a token, waiting behind earlier callers until one is added; false when too many already wait.</summary>
    public async ValueTask<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> waiter;
        lock (_gate)
        {
            if (_waiting.Count == 0 && _tokens > 0)
            {
                _tokens--;
                return true;
            }

            if (_waiting.Count >= QueueLimit)
            {
                return false;
            }

            waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue(waiter);
        }

        // A cancelled waiter stays queued but is skipped, without its token, when its turn comes.
        await using var registration = cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetCanceled(), waiter)
            .ConfigureAwait(false);
        return await waiter.Task.ConfigureAwait(false);
    }

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
        lock (_gate)
        {
            while (_waiting.TryDequeue(out var waiter))
            {
                waiter.TrySetResult(false);
            }
        }
    }

    private void Replenish()
    {
        lock (_gate)
        {
            _tokens = Math.Min(_burst, _tokens + _tokensPerPeriod);
            while (_tokens > 0 && _waiting.TryDequeue(out var waiter))
            {
                if (waiter.TrySetResult(true))
                {
                    _tokens--;
                }
            }
        }
    }
}
