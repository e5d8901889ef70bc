using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// Runs named periodic loops whose bodies never overlap: one lock serializes every body, so at most
/// one cycle of a symbol runs at any moment. Keeps each loop's last successful pass (heartbeat) and
/// failure count; a failing body is reported and its loop goes on at the next tick. Every pass runs inside a logging
/// scope carrying its trace id, so each line it causes (decision, order, broker request, event) can be joined on it,
/// also lines from code that never sees the id.
/// </summary>
internal sealed class SerializedLoops(TimeProvider time, Func<string, string, long, Exception, Task> onFailure, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heartbeats = new();
    private readonly ConcurrentDictionary<string, long> _failures = new();
    private volatile string? _phase;

    public IReadOnlyDictionary<string, DateTimeOffset> Heartbeats => _heartbeats;

    public IReadOnlyDictionary<string, long> Failures => _failures;

    /// <summary>The loop whose body is running now, if any.</summary>
    public string? Phase => _phase;

    /// <summary>Runs <paramref name="body"/> now and then every <paramref name="interval"/> until cancelled.</summary>
    public async Task RunAsync(string name, TimeSpan interval, Func<string, CancellationToken, Task> body, CancellationToken token)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            await RunOnceAsync(name, body, token).ConfigureAwait(false);
        }
        while (await WaitTickAsync(timer, token).ConfigureAwait(false));
    }

    /// <summary>Runs one pass of <paramref name="body"/> under the lock, with a fresh trace id.</summary>
    public async Task RunOnceAsync(string name, Func<string, CancellationToken, Task> body, CancellationToken token)
    {
        try
        {
            await _lock.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var traceId = NewTraceId();
        using var scope = TraceScope.Begin(logger, traceId, name);
        try
        {
            _phase = name;
            await body(traceId, token).ConfigureAwait(false);
            _heartbeats[name] = time.GetUtcNow();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            var failures = _failures.AddOrUpdate(name, 1, (_, n) => n + 1);
            await onFailure(name, traceId, failures, ex).ConfigureAwait(false);
        }
        finally
        {
            _phase = null;
            _lock.Release();
        }
    }

    /// <summary>
    /// Runs a one-off body (an operator's order) under the same lock as the loops, with a fresh trace id. Unlike a loop
    /// pass it beats no heartbeat and lets a failure reach the caller, who is waiting for the answer.
    /// </summary>
    public async Task<T> ExclusiveAsync<T>(string name, Func<string, CancellationToken, Task<T>> body, CancellationToken token)
    {
        await _lock.WaitAsync(token).ConfigureAwait(false);
        var traceId = NewTraceId();
        using var scope = TraceScope.Begin(logger, traceId, name);
        try
        {
            _phase = name;
            return await body(traceId, token).ConfigureAwait(false);
        }
        finally
        {
            _phase = null;
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private static string NewTraceId() => Guid.NewGuid().ToString("N")[..16];

    private static async Task<bool> WaitTickAsync(PeriodicTimer timer, CancellationToken token)
    {
        try
        {
            return await timer.WaitForNextTickAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
