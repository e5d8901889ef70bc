namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// Lifecycle of a symbol's orchestrator. Paused stops new entries only: exits, settlement,
/// reconciliation and the watchdog keep running so an open position stays protected.
/// </summary>
public enum OrchestratorState
{
    Stopped = 0,
    Running,
    Paused,
}
