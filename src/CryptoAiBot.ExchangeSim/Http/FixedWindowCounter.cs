namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Fixed windows on the simulator's clock (aligned to whole windows since the epoch), one count per key.</summary>
internal sealed class FixedWindowCounter
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (long Window, int Count)> _counts = [];

    /// <summary>Counts a request; <c>Allowed</c> is false once <c>limit.Requests</c> were already made in this window.</summary>
    public (bool Allowed, int Remaining, DateTimeOffset ResetAt) Hit(string key, SimRateLimit limit, DateTimeOffset now)
    {
        var window = now.UtcTicks / limit.Window.Ticks;
        var resetAt = new DateTimeOffset((window + 1) * limit.Window.Ticks, TimeSpan.Zero);
        lock (_gate)
        {
            var count = _counts.TryGetValue(key, out var entry) && entry.Window == window ? entry.Count : 0;
            if (count >= limit.Requests)
            {
                return (false, 0, resetAt);
            }

            _counts[key] = (window, count + 1);
            return (true, limit.Requests - count - 1, resetAt);
        }
    }
}
