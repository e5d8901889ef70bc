namespace CryptoAiBot.Application.Orchestration;

/// <summary>How often each loop of a symbol's orchestrator runs.</summary>
public sealed record OrchestratorSchedule(
    TimeSpan Eval,
    TimeSpan Exits,
    TimeSpan Reconcile,
    TimeSpan Watchdog,
    TimeSpan Settlement)
{
    public static OrchestratorSchedule Default { get; } = new(
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));
}
