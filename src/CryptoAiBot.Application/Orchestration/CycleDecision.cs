using CryptoAiBot.Application.Execution;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>What one cycle decided and why; shown in the orchestrator's status.</summary>
public sealed record CycleDecision(
    DateTimeOffset At,
    string Action,
    string Reason,
    IReadOnlyList<string> RiskReasons,
    TradeOutcome? Trade)
{
    public static CycleDecision Hold(DateTimeOffset at, string reason) => new(at, "hold", reason, [], null);
}
