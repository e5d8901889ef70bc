using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Safety;

/// <summary>
/// Re-checks, on its own timer, that this process still holds the instance lock. Once it does not (its lock file was
/// removed, so a second process could take one and trade the same account), every orchestrator is stopped — not just
/// paused — and <c>safety.lock.lost</c> is published; orders already resting on the exchange (the protective stops)
/// keep guarding positions. Restarting the process takes the lock again or refuses to start.
/// </summary>
public sealed partial class InstanceLockWatch(
    IInstanceLock instanceLock, OrchestratorRegistry orchestrators, IEventBus bus, TimeProvider time, ILogger<InstanceLockWatch> logger)
{
    private int _lost;

    /// <summary>Checks every <paramref name="interval"/> until cancelled.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false) && await CheckAsync(cancellationToken).ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>True while the lock is held; the first time it is not, stops trading and says so.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (await instanceLock.IsHeldAsync(cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (Interlocked.Exchange(ref _lost, 1) == 0)
        {
            LogLost(logger, instanceLock.Owner);
            await orchestrators.StopAllAsync(cancellationToken).ConfigureAwait(false);
            var payload = new LockLostPayload(instanceLock.Owner, "trading stopped");
            await bus.PublishAsync(new BusEvent(EventTopics.SafetyLockLost, EventJson.Serialize(payload), time.GetUtcNow()), cancellationToken)
                .ConfigureAwait(false);
        }

        return false;
    }

    [LoggerMessage(EventId = 3704, Level = LogLevel.Critical, Message = "Instance lock of {Owner} lost: another process could trade this account; trading stopped")]
    private static partial void LogLost(ILogger logger, string owner);
}
