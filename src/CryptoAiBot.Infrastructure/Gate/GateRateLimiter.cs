using System.Collections.Concurrent;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Keeps the client inside Gate's limits. Each (endpoint class, endpoint or pair) has a token bucket sized to Gate's
/// limit — full bucket plus one window's refill within the window's count — or to BROKER_RATE_RPS / BROKER_RATE_BURST
/// when those are lower. On top, Gate's own headers rule: when it says
/// no requests remain, or answers 429, the bucket is closed until Gate's reset time (or, without one, for an
/// exponentially growing pause). Every wait is bounded by <see cref="GateClientOptions.MaxRateLimitWait"/>: a request
/// that would wait longer is refused as rate limited without being sent.
/// </summary>
internal sealed partial class GateRateLimiter(
    GateClientOptions options, TimeProvider time, GateServerClock clock, ILogger logger, Application.Telemetry.BotMetrics? metrics = null) : IDisposable
{
    // Task.Delay of less than a millisecond completes at once: the last sliver of a pause is waited as one millisecond.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    private readonly ConcurrentDictionary<string, GateBucket> _buckets = new(StringComparer.Ordinal);

    public async ValueTask<Error?> AcquireAsync(GateRequest request, CancellationToken cancellationToken)
    {
        var bucket = Bucket(request);
        var deadline = time.GetUtcNow() + options.MaxRateLimitWait;
        var started = time.GetTimestamp();
        var waited = false;

        // Looked at again on waking: a timer may fire a few milliseconds early (it runs on a coarse clock), and another
        // 429 may have extended the pause meanwhile. Either way, sending now would only earn another 429.
        for (var closedFor = bucket.ClosedUntil - time.GetUtcNow(); closedFor > TimeSpan.Zero; closedFor = bucket.ClosedUntil - time.GetUtcNow())
        {
            if (bucket.ClosedUntil > deadline)
            {
                return Limited(request, $"Gate.io asked for a pause of {closedFor.TotalSeconds:0.#} s on this endpoint");
            }

            LogWaiting(logger, request.Path, closedFor.TotalMilliseconds);
            waited = true;
            await Task.Delay(closedFor < MinimumWait ? MinimumWait : closedFor, time, cancellationToken).ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(options.MaxRateLimitWait, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // A token at hand completes synchronously: only a request that queued (or sat out a pause) counts as a wait.
            var acquiring = bucket.AcquireAsync(linked.Token);
            waited |= !acquiring.IsCompleted;
            var acquired = await acquiring.ConfigureAwait(false);
            if (waited)
            {
                metrics?.RateLimitWaited(ClassLabel(request.Class), time.GetElapsedTime(started));
            }

            return acquired ? null : Limited(request, "too many requests are already queued");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics?.RateLimitWaited(ClassLabel(request.Class), time.GetElapsedTime(started));
            return Limited(request, $"no request slot within {options.MaxRateLimitWait.TotalSeconds:0.#} s");
        }
    }

    /// <summary>Reads Gate's verdict from an answer: remaining requests, reset time, 429.</summary>
    public void Observe(GateRequest request, GateResponse response)
    {
        var bucket = Bucket(request);
        var headers = response.RateLimit;
        // Gate's reset on our clock, at the latest it can be: waking a few milliseconds early (an offset measured over a
        // slow round trip) only earns another 429 and an exponential pause on top.
        var resetAt = headers.ResetAt is { } serverReset ? serverReset - clock.Offset + clock.Uncertainty : (DateTimeOffset?)null;
        var now = time.GetUtcNow();
        if (response.Status == 429 || response.Label == "TOO_MANY_REQUESTS")
        {
            var strikes = bucket.Strike();
            var until = resetAt is { } r && r > now ? r : now + Backoff(strikes);
            bucket.CloseUntil(until);
            LogThrottled(logger, request.Path, (until - now).TotalMilliseconds);
            return;
        }

        bucket.ClearStrikes();
        if (headers.Remaining == 0 && resetAt is { } reset && reset > now)
        {
            bucket.CloseUntil(reset);
        }
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }

    private TimeSpan Backoff(int strikes)
    {
        var exponential = options.RateLimitBackoff * Math.Pow(2, Math.Min(strikes - 1, 10));
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return jittered < options.MaxRateLimitWait ? jittered : options.MaxRateLimitWait;
    }

    private GateBucket Bucket(GateRequest request) =>
        _buckets.GetOrAdd($"{request.Class}:{request.Endpoint}", static (_, state) =>
        {
            // Gate counts requests in windows: a full bucket plus what it refills within one window must fit the window's
            // limit. Burst 10 then 8 a second would send up to 18 placements in one second, and a placement refused with
            // 429 is not retried: the order is simply not made. Two tokens at least: with one, a caller paced just under
            // the rate still waits whenever the refill timer runs a little early.
            var (limit, window) = GateLimit(state.request.Class);
            var rate = Math.Min((double)state.options.RateRps, (limit - 2) / window.TotalSeconds);
            var burst = (int)Math.Clamp(Math.Floor(limit - (rate * window.TotalSeconds)), 1, Math.Max(1, state.options.RateBurst));
            return new GateBucket(burst, rate, state.time);
        }, (request, options, time));

    /// <summary>Gate's published limit of a class (facts.md §6): requests per window.</summary>
    private static (int Requests, TimeSpan Window) GateLimit(GateEndpointClass endpointClass) => endpointClass switch
    {
        GateEndpointClass.OrderPlacement => (10, TimeSpan.FromSeconds(1)),
        GateEndpointClass.Cancellation => (200, TimeSpan.FromSeconds(1)),
        _ => (200, TimeSpan.FromSeconds(10)),
    };

    private static string ClassLabel(GateEndpointClass endpointClass) => endpointClass switch
    {
        GateEndpointClass.Public => "public",
        GateEndpointClass.PrivateRead => "private_read",
        GateEndpointClass.OrderPlacement => "order_placement",
        GateEndpointClass.Cancellation => "cancellation",
        _ => "other",
    };

    private static Error Limited(GateRequest request, string why) =>
        new(ErrorCode.RateLimited, $"Gate.io {request.Method} {request.Path} not sent: {why}.");

    [LoggerMessage(EventId = 3501, Level = LogLevel.Debug, Message = "Gate.io {Path}: waiting {Milliseconds} ms for the rate limit to reset")]
    private static partial void LogWaiting(ILogger logger, string path, double milliseconds);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Warning, Message = "Gate.io {Path}: rate limited, pausing the endpoint for {Milliseconds} ms")]
    private static partial void LogThrottled(ILogger logger, string path, double milliseconds);
}
