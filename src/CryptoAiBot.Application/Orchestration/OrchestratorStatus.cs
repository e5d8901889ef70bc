namespace CryptoAiBot.Application.Orchestration;

/// <summary>A symbol orchestrator's state as shown by <c>/orchestrator/status</c>.</summary>
public sealed record OrchestratorStatus(
    string Symbol,
    string State,
    string? PauseReason,
    string? CurrentPhase,
    DateTimeOffset? LastCycleAt,
    IReadOnlyDictionary<string, DateTimeOffset> LastHeartbeats,
    IReadOnlyDictionary<string, long> LoopFailures,
    decimal PositionBase,
    decimal AverageEntryPrice,
    decimal RealizedPnl,
    CycleDecision? LastDecision,
    EntryGateStatus? Entry = null,
    Regime.RegimeStatus? Regime = null,
    ReconciliationStatus? Reconciliation = null);
