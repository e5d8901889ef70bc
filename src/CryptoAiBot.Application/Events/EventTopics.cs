namespace CryptoAiBot.Application.Events;

/// <summary>Every event topic the bot publishes, in one place. Names come from the specification.</summary>
public static class EventTopics
{
    public const string TradeCompleted = "trade.completed";
    public const string TradeFailed = "trade.failed";
    public const string RiskBlocked = "risk.blocked";
    public const string BudgetExceeded = "budget.exceeded";
    public const string OrderExecuted = "order.executed";
    public const string ReconciliationCompleted = "reconciliation.completed";
    public const string ReconciliationPositionMismatch = "reconciliation.position_mismatch";
    public const string WatchdogHeartbeat = "watchdog.heartbeat";
    public const string HealthReport = "health.report";
    public const string SafetyDmsTriggered = "safety.dms.triggered";
    public const string SafetyLockLost = "safety.lock.lost";
    public const string TradeSettled = "trade.settled";
    public const string TradePartialFollowup = "trade.partial_followup";

    /// <summary>A cancelled remainder that is not re-placed: below the exchange minimum (dust), or a follow-up's own remainder.</summary>
    public const string TradeRemainderDropped = "trade.remainder_dropped";
    public const string AlertsAlertmanager = "alerts.alertmanager";
    public const string ProtectiveExitTriggered = "protective_exit.triggered";
    public const string OrchestratorStarted = "orchestrator.started";
    public const string OrchestratorStopped = "orchestrator.stopped";
    public const string OrchestratorPaused = "orchestrator.paused";
    public const string OrchestratorResumed = "orchestrator.resumed";
    public const string OrchestratorLoopFailed = "orchestrator.loop_failed";
    public const string RegimeChanged = "regime.changed";
    public const string ExchangeStopPlaced = "protective_exit.exchange_stop_placed";

    /// <summary>The overall health status changed (ok, degraded, down); published while Telegram alerts are on.</summary>
    public const string HealthChanged = "health.changed";

    /// <summary>Subscribes to every topic.</summary>
    public const string All = "*";

    public static IReadOnlyList<string> Known { get; } =
    [
        TradeCompleted, TradeFailed, RiskBlocked, BudgetExceeded, OrderExecuted, ReconciliationCompleted,
        ReconciliationPositionMismatch, WatchdogHeartbeat, HealthReport, SafetyDmsTriggered, TradeSettled,
        TradePartialFollowup, AlertsAlertmanager, ProtectiveExitTriggered, OrchestratorStarted,
        OrchestratorStopped, OrchestratorPaused, OrchestratorResumed, OrchestratorLoopFailed, RegimeChanged,
        ExchangeStopPlaced, SafetyLockLost, TradeRemainderDropped, HealthChanged,
    ];
}
