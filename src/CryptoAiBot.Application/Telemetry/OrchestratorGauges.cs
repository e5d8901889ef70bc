using System.Diagnostics.Metrics;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Safety;

namespace CryptoAiBot.Application.Telemetry;

/// <summary>
/// Gauges read from the orchestrators and the dead man's switch when a collector asks (at scrape time), so they cost
/// nothing between scrapes: heartbeat age per loop, orchestrator state and the switch's state. The instruments exist once
/// this is constructed: whoever exports metrics resolves it.
/// </summary>
public sealed class OrchestratorGauges
{
    private static readonly string[] States = ["running", "paused", "stopped"];

    public OrchestratorGauges(BotMetrics metrics, OrchestratorRegistry orchestrators, DeadMansSwitch deadMansSwitch, TimeProvider time)
    {
        var meter = metrics.Meter;
        meter.CreateObservableGauge(
            "heartbeat_age_seconds",
            () => HeartbeatAges(orchestrators, time.GetUtcNow()),
            null,
            "Seconds since each loop of a symbol last completed a pass");
        meter.CreateObservableGauge("orchestrator_state", () => StateFlags(orchestrators), null, "1 for the state each symbol's orchestrator is in");
        meter.CreateObservableGauge("dms_enabled", () => deadMansSwitch.Status.Enabled ? 1 : 0, null, "1 when the dead man's switch watches the loops");
        meter.CreateObservableGauge(
            "dms_tripped",
            () => Tripped(orchestrators, deadMansSwitch),
            null,
            "1 for a symbol the dead man's switch has tripped for (until its loops beat again)");
    }

    private static List<Measurement<double>> HeartbeatAges(OrchestratorRegistry orchestrators, DateTimeOffset now)
    {
        var ages = new List<Measurement<double>>();
        foreach (var orchestrator in orchestrators.All)
        {
            var symbol = orchestrator.Symbol.ToString();
            foreach (var (loop, beat) in orchestrator.Heartbeats)
            {
                ages.Add(new Measurement<double>((now - beat).TotalSeconds, new("symbol", symbol), new("loop", loop)));
            }
        }

        return ages;
    }

    private static List<Measurement<int>> StateFlags(OrchestratorRegistry orchestrators)
    {
        var flags = new List<Measurement<int>>();
        foreach (var orchestrator in orchestrators.All)
        {
            var current = orchestrator.State.ToString().ToLowerInvariant();
            foreach (var state in States)
            {
                flags.Add(new Measurement<int>(state == current ? 1 : 0, new("symbol", orchestrator.Symbol.ToString()), new("state", state)));
            }
        }

        return flags;
    }

    private static List<Measurement<int>> Tripped(OrchestratorRegistry orchestrators, DeadMansSwitch deadMansSwitch)
    {
        var tripped = deadMansSwitch.Status.Tripped;
        return [.. orchestrators.All.Select(o => new Measurement<int>(tripped.ContainsKey(o.Symbol) ? 1 : 0, new KeyValuePair<string, object?>("symbol", o.Symbol.ToString())))];
    }
}
