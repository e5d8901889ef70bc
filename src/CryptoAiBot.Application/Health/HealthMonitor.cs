using System.Diagnostics;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;

namespace CryptoAiBot.Application.Health;

/// <summary>
/// Checks database, broker, event bus, the instance lock and every orchestrator (a running loop whose heartbeat is older
/// than three of its intervals is degraded), and each symbol's reconciliation: down until its start-up reconciliation has
/// completed (so <c>/ready</c> says 503 while the symbol may not trade), degraded when the last completed pass is older
/// than three reconcile intervals. Each check is bounded by a timeout so a hung component
/// shows as down instead of hanging <c>/health</c>.
/// </summary>
public sealed class HealthMonitor(
    ITradingStore store,
    IBroker broker,
    IEventBus bus,
    IInstanceLock instanceLock,
    OrchestratorRegistry orchestrators,
    OrchestratorSchedule schedule,
    Safety.DeadMansSwitch deadMansSwitch,
    string mode,
    TimeProvider time)
{
    /// <summary>Gate.io refuses a signed request whose time is more than 60 s off; half of that is worth a warning.</summary>
    private static readonly TimeSpan ClockWarning = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var components = new Dictionary<string, ComponentHealth>
        {
            ["database"] = await ProbeAsync(ct => store.PingAsync(ct), "SELECT 1 answered", cancellationToken).ConfigureAwait(false),
            ["broker"] = await ProbeAsync(
                async ct =>
                {
                    var balances = await broker.GetBalancesAsync(ct).ConfigureAwait(false);
                    if (!balances.IsSuccess)
                    {
                        throw new InvalidOperationException(balances.Error.Message);
                    }
                },
                "balances answered",
                cancellationToken).ConfigureAwait(false),
            ["event_bus"] = await ProbeAsync(
                async ct =>
                {
                    if (!await bus.IsHealthyAsync(ct).ConfigureAwait(false))
                    {
                        throw new InvalidOperationException("event bus reports unhealthy");
                    }
                },
                "delivering",
                cancellationToken).ConfigureAwait(false),
        };

        components["instance_lock"] = await instanceLock.IsHeldAsync(cancellationToken).ConfigureAwait(false)
            ? new ComponentHealth(ComponentHealth.Ok, $"held by {instanceLock.Owner}")
            : new ComponentHealth(ComponentHealth.Down, "not held: another process may trade this account");

        foreach (var orchestrator in orchestrators.All)
        {
            components[$"orchestrator:{orchestrator.Symbol}"] = Orchestrator(orchestrator);
            components[$"reconciliation:{orchestrator.Symbol}"] = Reconciliation(orchestrator);
        }

        components["dead_mans_switch"] = DeadMansSwitch();
        if (broker.ClockOffset is { } offset)
        {
            components["exchange_clock"] = new ComponentHealth(
                offset.Duration() <= ClockWarning ? ComponentHealth.Ok : ComponentHealth.Degraded,
                $"exchange clock {offset.TotalMilliseconds:+0;-0} ms from ours (signed requests are corrected by it)");
        }

        var worst = components.Values.Any(c => c.Status == ComponentHealth.Down) ? ComponentHealth.Down
            : components.Values.Any(c => c.Status == ComponentHealth.Degraded) ? ComponentHealth.Degraded
            : ComponentHealth.Ok;
        return new HealthReport(worst, time.GetUtcNow(), mode, components);
    }

    private ComponentHealth DeadMansSwitch()
    {
        var (enabled, tripped) = deadMansSwitch.Status;
        return !enabled ? new ComponentHealth(ComponentHealth.Degraded, "off (DMS_ENABLED=0): nothing acts if the loops hang")
            : tripped.Count == 0 ? new ComponentHealth(ComponentHealth.Ok, "watching every orchestrator loop")
            : new ComponentHealth(ComponentHealth.Down, "triggered for " + string.Join(", ", tripped.Select(t => $"{t.Key} at {t.Value:O}")));
    }

    private ComponentHealth Reconciliation(SymbolOrchestrator orchestrator)
    {
        if (orchestrator.State == OrchestratorState.Stopped)
        {
            return new ComponentHealth(ComponentHealth.Ok, "orchestrator stopped");
        }

        var last = orchestrator.LastReconciledAt;
        var since = last is { } at ? $"last completed {(time.GetUtcNow() - at).TotalSeconds:0}s ago" : "none completed yet";
        if (!orchestrator.StartupReconciled)
        {
            return new ComponentHealth(ComponentHealth.Down, $"start-up reconciliation not done: the symbol does not trade; {since}");
        }

        return last is { } done && time.GetUtcNow() - done > schedule.Reconcile * 3 + CheckTimeout
            ? new ComponentHealth(ComponentHealth.Degraded, since)
            : new ComponentHealth(ComponentHealth.Ok, since);
    }

    private ComponentHealth Orchestrator(SymbolOrchestrator orchestrator)
    {
        var state = orchestrator.State.ToString().ToLowerInvariant();
        if (orchestrator.State == OrchestratorState.Stopped)
        {
            return new ComponentHealth(ComponentHealth.Ok, state);
        }

        var now = time.GetUtcNow();
        var stale = new List<string>();
        foreach (var (loop, interval) in new[]
                 {
                     (OrchestratorLoops.Eval, schedule.Eval), (OrchestratorLoops.Exits, schedule.Exits),
                     (OrchestratorLoops.Settlement, schedule.Settlement),
                 })
        {
            if (orchestrator.Heartbeats.TryGetValue(loop, out var beat) && now - beat > interval * 3 + CheckTimeout)
            {
                stale.Add($"{loop} last beat {(now - beat).TotalSeconds:0}s ago");
            }
        }

        return stale.Count == 0
            ? new ComponentHealth(ComponentHealth.Ok, state)
            : new ComponentHealth(ComponentHealth.Degraded, $"{state}; {string.Join(", ", stale)}");
    }

    private async Task<ComponentHealth> ProbeAsync(Func<CancellationToken, Task> probe, string okDetail, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await probe(timeout.Token).ConfigureAwait(false);
            return new ComponentHealth(ComponentHealth.Ok, okDetail, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ComponentHealth(ComponentHealth.Down, $"no answer within {CheckTimeout.TotalSeconds:0}s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ComponentHealth(ComponentHealth.Down, ex.Message, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
