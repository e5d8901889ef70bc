using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Health;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// Checks health every watchdog interval and publishes <c>health.changed</c> when the overall status moves between ok,
/// degraded and down. The first check is the baseline and is not announced: at start-up components are legitimately
/// down until their first reconciliation, and an alert for every restart would teach the operator to ignore them.
/// </summary>
public sealed class HealthWatch(HealthMonitor monitor, IEventBus bus, OrchestratorSchedule schedule, TimeProvider time, ILogger<HealthWatch> logger)
{
    private string? _previous;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(schedule.Watchdog, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await CheckAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    AlertLog.HealthCheckFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One check; true when the status changed from a known previous one and the change was published.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var report = await monitor.CheckAsync(cancellationToken).ConfigureAwait(false);
        var previous = _previous;
        _previous = report.Status;
        if (previous is null || previous == report.Status)
        {
            return false;
        }

        var problems = report.Components
            .Where(c => !c.Value.IsOk)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => $"{c.Value.Status}: {c.Value.Detail}", StringComparer.Ordinal);
        var payload = new HealthChangedPayload(report.Status, previous, problems);
        await bus.PublishAsync(new BusEvent(EventTopics.HealthChanged, EventJson.Serialize(payload), time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        return true;
    }
}
