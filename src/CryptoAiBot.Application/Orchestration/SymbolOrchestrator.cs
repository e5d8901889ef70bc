using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// Runs one symbol: eval, exits, reconcile, watchdog and settlement loops, each on its own interval.
/// Invariants: never two cycles of the symbol at once (one lock serializes every loop's body); a
/// failing loop is logged and counted while the others go on; pause stops entries only; stop waits
/// for the loop bodies in flight, so an order being sent is recorded before the loops end.
/// Nothing trades before the start-up reconciliation (pending orders settled, then the books reconciled with the
/// exchange) has completed: until then the eval and exits passes do nothing, and the reconcile loop retries it on its
/// interval. Drift that reconciliation cannot explain pauses the symbol until an operator resumes it.
/// </summary>
public sealed class SymbolOrchestrator(
    Symbol symbol,
    TradingPlan plan,
    OrchestratorSchedule schedule,
    TradingCycle cycle,
    CheckProtectiveExits exits,
    SettleOrders settlement,
    ReconcileAccount reconciliation,
    ITradingStore store,
    IEventBus bus,
    TimeProvider time,
    ILogger<SymbolOrchestrator> logger,
    Telemetry.BotMetrics? metrics = null) : IAsyncDisposable
{
    private readonly Lock _stateGate = new();
    private SerializedLoops? _loopRunner;
    private CancellationTokenSource? _loopsCts;
    private Task[] _loops = [];
    private volatile OrchestratorState _state = OrchestratorState.Stopped;
    private volatile string? _pauseReason;
    private volatile CycleDecision? _lastDecision;
    private DateTimeOffset? _lastCycleAt;
    private volatile bool _startupReconciled;
    private volatile bool _pausedForDrift;
    private volatile string? _reconcileProblem;

    public Symbol Symbol => symbol;

    public OrchestratorState State => _state;

    /// <summary>The start-up reconciliation has completed since the last start: the loops may trade.</summary>
    public bool StartupReconciled => _startupReconciled;

    /// <summary>When the last reconciliation of this symbol whose corrections all took ran; null before one did.</summary>
    public DateTimeOffset? LastReconciledAt => reconciliation.LastCompletedAt(symbol);

    // Created on first use because it reports failures through this instance; a race creates one winner.
    private SerializedLoops Loops
    {
        get
        {
            if (_loopRunner is null)
            {
                Interlocked.CompareExchange(ref _loopRunner, new SerializedLoops(time, ReportFailureAsync, logger), null);
            }

            return _loopRunner;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_stateGate)
        {
            if (_state != OrchestratorState.Stopped)
            {
                return;
            }

            _state = OrchestratorState.Running;
            _pauseReason = null;
            _pausedForDrift = false;
            _startupReconciled = false;
            _loopsCts = new CancellationTokenSource();
            var token = _loopsCts.Token;

            // Reconcile first: it takes the cycle lock before the others queue for it, so in the usual case the very
            // first eval already finds the start-up reconciliation done.
            _loops =
            [
                Loops.RunAsync(OrchestratorLoops.Reconcile, schedule.Reconcile, Timed(OrchestratorLoops.Reconcile, ReconcileAsync), token),
                Loops.RunAsync(OrchestratorLoops.Settlement, schedule.Settlement, Timed(OrchestratorLoops.Settlement, SettleAsync), token),
                Loops.RunAsync(OrchestratorLoops.Eval, schedule.Eval, Timed(OrchestratorLoops.Eval, EvaluateAsync), token),
                Loops.RunAsync(OrchestratorLoops.Exits, schedule.Exits, Timed(OrchestratorLoops.Exits, CheckExitsAsync), token),
                Loops.RunAsync(OrchestratorLoops.Watchdog, schedule.Watchdog, HeartbeatAsync, token),
            ];
        }

        await AnnounceAsync(EventTopics.OrchestratorStarted, null).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] loops;
        lock (_stateGate)
        {
            if (_state == OrchestratorState.Stopped)
            {
                return;
            }

            _state = OrchestratorState.Stopped;
            _loopsCts?.Cancel();
            loops = _loops;
        }

        await Task.WhenAll(loops).WaitAsync(cancellationToken).ConfigureAwait(false);
        _loopsCts?.Dispose();
        _loopsCts = null;
        await AnnounceAsync(EventTopics.OrchestratorStopped, null).ConfigureAwait(false);
    }

    public async Task<bool> PauseAsync(string reason, CancellationToken cancellationToken)
    {
        lock (_stateGate)
        {
            if (_state != OrchestratorState.Running)
            {
                return false;
            }

            _state = OrchestratorState.Paused;
            _pauseReason = reason;
        }

        await AnnounceAsync(EventTopics.OrchestratorPaused, reason).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> ResumeAsync(CancellationToken cancellationToken)
    {
        lock (_stateGate)
        {
            if (_state != OrchestratorState.Paused)
            {
                return false;
            }

            _state = OrchestratorState.Running;
            _pauseReason = null;
        }

        // The operator has seen the drift that paused the symbol: what is left of it is theirs, not the bot's.
        if (_pausedForDrift)
        {
            _pausedForDrift = false;
            reconciliation.AcceptDriftOnNextPass(symbol);
        }

        await AnnounceAsync(EventTopics.OrchestratorResumed, null).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs one pass of every loop body now, in order, under the cycle lock (used by <c>cab smoke</c> and tests).</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!_startupReconciled)
        {
            await Loops.RunOnceAsync(OrchestratorLoops.Reconcile, ReconcileAsync, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, body) in new (string, Func<string, CancellationToken, Task>)[]
                 {
                     (OrchestratorLoops.Settlement, SettleAsync), (OrchestratorLoops.Eval, EvaluateAsync),
                     (OrchestratorLoops.Exits, CheckExitsAsync), (OrchestratorLoops.Reconcile, ReconcileAsync),
                 })
        {
            await Loops.RunOnceAsync(name, body, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// An operator's order, under the cycle lock like every loop body so it never races a cycle of the symbol. Null when
    /// the orchestrator is stopped (nothing would settle the order); while paused only a sale goes through.
    /// </summary>
    public async Task<CycleDecision?> TradeNowAsync(OrderSide side, string operatorKey, CancellationToken cancellationToken)
    {
        if (_state == OrchestratorState.Stopped)
        {
            return null;
        }

        var decision = await Loops.ExclusiveAsync(
            "operator",
            async (traceId, token) =>
            {
                var outcome = await cycle.OperatorTradeAsync(symbol, plan, side, operatorKey, _state != OrchestratorState.Paused, traceId, token).ConfigureAwait(false);
                OrchestratorLog.Decision(logger, traceId, symbol.ToString(), outcome.Action, outcome.Trade?.ToString() ?? outcome.Reason);
                return outcome;
            },
            cancellationToken).ConfigureAwait(false);
        if (decision.Trade is not null)
        {
            _lastDecision = decision;
        }

        return decision;
    }

    public async Task<OrchestratorStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var position = await store.GetPositionAsync(symbol, cancellationToken).ConfigureAwait(false);
        return new OrchestratorStatus(
            symbol.ToString(),
            _state.ToString().ToLowerInvariant(),
            _pauseReason,
            Loops.Phase,
            _lastCycleAt,
            new Dictionary<string, DateTimeOffset>(Loops.Heartbeats),
            new Dictionary<string, long>(Loops.Failures),
            position?.Quantity ?? 0m,
            position?.AverageEntryPrice ?? 0m,
            position?.RealizedPnl ?? 0m,
            _lastDecision,
            cycle.EntryStatus(symbol),
            cycle.RegimeStatus,
            new ReconciliationStatus(_startupReconciled, LastReconciledAt, _reconcileProblem));
    }

    /// <summary>Time of each loop's last completed pass.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Heartbeats => Loops.Heartbeats;

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _loopRunner?.Dispose();
    }

    private async Task EvaluateAsync(string traceId, CancellationToken token)
    {
        if (!_startupReconciled)
        {
            return;
        }

        var decision = await cycle.EvaluateAsync(symbol, plan, _state != OrchestratorState.Paused, traceId, token).ConfigureAwait(false);
        _lastDecision = decision;
        _lastCycleAt = decision.At;
        if (decision.RiskReasons.Count > 0)
        {
            OrchestratorLog.RiskBlocked(logger, traceId, symbol.ToString(), string.Join("; ", decision.RiskReasons));
        }
        else if (decision.Action != "hold")
        {
            OrchestratorLog.Decision(logger, traceId, symbol.ToString(), decision.Action, decision.Trade?.ToString() ?? decision.Reason);
        }
        else
        {
            OrchestratorLog.Held(logger, traceId, symbol.ToString(), decision.Reason);
        }
    }

    private async Task CheckExitsAsync(string traceId, CancellationToken token)
    {
        if (!_startupReconciled)
        {
            return;
        }

        var trade = await exits.CheckAsync(symbol, traceId, token).ConfigureAwait(false);
        if (trade is not null)
        {
            var action = trade.Order?.Intent ?? "exit";
            _lastDecision = new CycleDecision(time.GetUtcNow(), action, "protective exit", [], trade);
            OrchestratorLog.Decision(logger, traceId, symbol.ToString(), action, trade.ToString());
        }
    }

    private async Task SettleAsync(string traceId, CancellationToken token)
    {
        if (await settlement.SettleAsync(symbol, traceId, token).ConfigureAwait(false) > 0)
        {
            await cycle.OrdersSettledAsync(symbol, token).ConfigureAwait(false);
        }

        // Expired keys can go: a later claim of the same intent still finds its order by client order id.
        await store.PurgeExpiredIdempotencyKeysAsync(time.GetUtcNow(), token).ConfigureAwait(false);
    }

    private async Task ReconcileAsync(string traceId, CancellationToken token)
    {
        // At start, orders left pending or unknown by a crash are resolved first, so reconciliation judges settled books.
        var settled = !_startupReconciled && await settlement.SettleAsync(symbol, traceId, token).ConfigureAwait(false) > 0;
        var result = await reconciliation.ReconcileAsync(symbol, plan.DustQuantity, traceId, token).ConfigureAwait(false);

        // Fills booked here rather than by a trade of the cycle: the stops must guard them all the same.
        if (settled || (result.IsSuccess && result.Value.FillsApplied + result.Value.OrdersClosed > 0))
        {
            await cycle.OrdersSettledAsync(symbol, token).ConfigureAwait(false);
        }

        if (!result.IsSuccess || !result.Value.Completed)
        {
            _reconcileProblem = result.IsSuccess
                ? $"{result.Value.After.Actions.Count} correction(s) could not be made yet; retrying"
                : $"exchange not readable: {result.Error.Message}";
            OrchestratorLog.Reconciled(logger, symbol.ToString(), _reconcileProblem);
            return;
        }

        _reconcileProblem = null;
        if (metrics is not null)
        {
            // The stored position is the truth /orchestrator/status shows; reading it here also covers a restart.
            var position = await store.GetPositionAsync(symbol, token).ConfigureAwait(false);
            metrics.PositionChanged(symbol, position?.Quantity ?? 0m, position?.RealizedPnl ?? 0m);
        }

        if (result.Value.After.Pause is { } pause && _state == OrchestratorState.Running)
        {
            _pausedForDrift = await PauseAsync(pause.Reason, token).ConfigureAwait(false) || _pausedForDrift;
        }

        if (!_startupReconciled)
        {
            _startupReconciled = true;
            OrchestratorLog.StartupReconciled(logger, symbol.ToString());
        }
    }

    /// <summary>A loop body whose duration (failed passes too) goes into the cycle histogram.</summary>
    private Func<string, CancellationToken, Task> Timed(string loop, Func<string, CancellationToken, Task> body)
    {
        if (metrics is null)
        {
            return body;
        }

        var label = symbol.ToString();
        return async (traceId, token) =>
        {
            var started = time.GetTimestamp();
            try
            {
                await body(traceId, token).ConfigureAwait(false);
            }
            finally
            {
                metrics.CycleCompleted(label, loop, time.GetElapsedTime(started));
            }
        };
    }

    private Task HeartbeatAsync(string traceId, CancellationToken token) =>
        bus.PublishAsync(
            new BusEvent(EventTopics.WatchdogHeartbeat, EventJson.Serialize(new { symbol = symbol.ToString(), heartbeats = Loops.Heartbeats }), time.GetUtcNow(), symbol.ToString(), traceId),
            token).AsTask();

    // State changes are announced and audited even while stopping, so they never take the caller's token.
    private async Task AnnounceAsync(string topic, string? reason)
    {
        OrchestratorLog.StateChanged(logger, symbol.ToString(), _state.ToString());
        var payload = new { symbol = symbol.ToString(), state = _state.ToString().ToLowerInvariant(), reason };
        try
        {
            await store.CommitAsync(
                new StoreChanges { Audit = [new AuditEntry(time.GetUtcNow(), topic, symbol.ToString(), EventJson.Serialize(payload))] },
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            OrchestratorLog.LoopFailed(logger, symbol.ToString(), "audit", 0, ex);
        }

        await PublishSafelyAsync(topic, payload, null).ConfigureAwait(false);
    }

    private Task ReportFailureAsync(string loop, string traceId, long failures, Exception exception)
    {
        OrchestratorLog.LoopFailed(logger, symbol.ToString(), loop, failures, exception);
        return PublishSafelyAsync(
            EventTopics.OrchestratorLoopFailed, new { symbol = symbol.ToString(), loop, failures, error = exception.GetType().Name }, traceId);
    }

    private async Task PublishSafelyAsync<T>(string topic, T payload, string? traceId)
    {
        try
        {
            await bus.PublishAsync(new BusEvent(topic, EventJson.Serialize(payload), time.GetUtcNow(), symbol.ToString(), traceId), CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            OrchestratorLog.LoopFailed(logger, symbol.ToString(), "publish", 0, ex);
        }
    }
}
