using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// The Polly pipeline for requests that are safe to repeat, and only for those: retries with exponential backoff and
/// jitter on a timeout, a broken connection, a 5xx, a 429 or an expired timestamp, around a circuit breaker that opens
/// on repeated exchange failures (not on refusals such as 4xx). A 429 retries at once: the rate limiter already holds
/// the request until Gate's reset time.
/// </summary>
internal static class GateResilience
{
    public static readonly ResiliencePropertyKey<string> PathKey = new("gate.path");

    public static ResiliencePipeline<GateAttempt> Build(GateClientOptions options, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder<GateAttempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<GateAttempt>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.IsTransient == true),
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Result?.Response is { Status: 429 } ? TimeSpan.Zero : null),
                OnRetry = args =>
                {
                    GateLog.Retrying(
                        logger,
                        args.Context.Properties.GetValue(PathKey, "?"),
                        args.AttemptNumber + 1,
                        args.RetryDelay.TotalMilliseconds,
                        Reason(args.Outcome.Result));
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<GateAttempt>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.IsExchangeFailure == true),
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = Math.Max(2, options.CircuitMinimumThroughput),
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                OnOpened = args =>
                {
                    GateLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
                    return default;
                },
                OnClosed = _ =>
                {
                    GateLog.CircuitClosed(logger);
                    return default;
                },
            })
            .Build();

    private static string Reason(GateAttempt? attempt) =>
        attempt?.TransportFailure ?? (attempt?.Response is { } r ? $"HTTP {r.Status} {r.Label}" : "failure");
}
