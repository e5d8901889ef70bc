namespace CryptoAiBot.Application.Orchestration;

/// <summary>Where a symbol's reconciliation stands, as <c>/orchestrator/status</c> shows it.</summary>
/// <param name="StartupDone">The start-up reconciliation completed: the symbol may trade.</param>
/// <param name="LastCompletedAt">When the last pass whose corrections all took ran.</param>
/// <param name="Problem">Why the last pass did not complete (exchange unreadable, a correction not possible yet); null when it did.</param>
public sealed record ReconciliationStatus(bool StartupDone, DateTimeOffset? LastCompletedAt, string? Problem);
