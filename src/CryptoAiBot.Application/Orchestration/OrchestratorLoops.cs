namespace CryptoAiBot.Application.Orchestration;

/// <summary>Names of a symbol orchestrator's loops, used in status, heartbeats and metrics.</summary>
public static class OrchestratorLoops
{
    public const string Eval = "eval";
    public const string Exits = "exits";
    public const string Reconcile = "reconcile";
    public const string Watchdog = "watchdog";
    public const string Settlement = "settlement";

    /// <summary>Every loop with its period in <paramref name="schedule"/>.</summary>
    public static IReadOnlyList<(string Loop, TimeSpan Interval)> All(OrchestratorSchedule schedule) =>
    [
        (Eval, schedule.Eval), (Exits, schedule.Exits), (Reconcile, schedule.Reconcile), (Watchdog, schedule.Watchdog),
        (Settlement, schedule.Settlement),
    ];
}
