using System.Diagnostics;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;

namespace CryptoAiBot.Application.Health;

/// <summary>
/// Checks database, broker, event bus, the instance lock and every orchestrator (a running loop whose heartbeat is older
/// than three of its intervals is degraded). Each check is bounded by a timeout so a hung component
/// shows as down instead of hanging <c>/health</c>.
/// </summary>
public sealed class HealthMonitor(
    ITradingStore store,
    IBroker broker,
    IEventBus bus,
    IInstanceLock instanceLock,
    OrchestratorRegistry orchestrators,
    OrchestratorSchedule schedule,
    string mode,
    TimeProvider time)
{
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
        }

        var worst = components.Values.Any(c => c.Status == ComponentHealth.Down) ? ComponentHealth.Down
            : components.Values.Any(c => c.Status == ComponentHealth.Degraded) ? ComponentHealth.Degraded
            : ComponentHealth.Ok;
        return new HealthReport(worst, time.GetUtcNow(), mode, components);
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
