using System.Collections.Concurrent;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>
/// Reconciles one symbol's books with the exchange: gathers both sides, runs <see cref="Reconciler"/>, carries out its
/// corrections (each named order is read from the exchange by client order id and recorded by <see cref="TradeRecorder"/>,
/// which applies a trade id once), reconciles the corrected books again against the same report, and publishes
/// <c>reconciliation.completed</c> or <c>reconciliation.position_mismatch</c>. The checkpoint (the time of the last pass
/// whose corrections all took) is stored with the books, so the next pass — after a restart too — reads the exchange's
/// trades from a little before it rather than its whole history. Never places or cancels an order.
/// Must run inside the symbol's cycle lock, like settlement.
/// </summary>
public sealed class ReconcileAccount(
    ITradingStore store,
    IBroker broker,
    TradeRecorder recorder,
    FiredStopRecorder firedStops,
    IOutboxSignal outbox,
    IEventBus bus,
    TimeProvider time,
    ILogger<ReconcileAccount> logger,
    Telemetry.BotMetrics? metrics = null)
{
    /// <summary>Without a checkpoint, how far back the exchange's trades are read (Gate lists a week by default).</summary>
    public static readonly TimeSpan FirstLookback = TimeSpan.FromDays(7);

    /// <summary>Trades are read from this long before the checkpoint: the exchange may list a trade a little late.</summary>
    public static readonly TimeSpan CheckpointOverlap = TimeSpan.FromMinutes(5);

    /// <summary>Orders created this long before the trade window are still matched to its trades (a resting order fills late).</summary>
    public static readonly TimeSpan OrderLookback = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<Symbol, DateTimeOffset> _lastCompleted = new();
    private readonly ConcurrentDictionary<Symbol, bool> _acceptDrift = new();

    /// <summary>When the last pass of <paramref name="symbol"/> in this process completed; null before one did.</summary>
    public DateTimeOffset? LastCompletedAt(Symbol symbol) => _lastCompleted.TryGetValue(symbol, out var at) ? at : null;

    /// <summary>
    /// An operator resumed the symbol after a drift pause: the next pass takes the difference it finds as base coin that
    /// is not the bot's (stored with the checkpoint), instead of pausing for it again.
    /// </summary>
    public void AcceptDriftOnNextPass(Symbol symbol) => _acceptDrift[symbol] = true;

    /// <summary>Compares without correcting, publishing or moving the checkpoint (<c>cab reconcile --dry-run</c>).</summary>
    public async Task<Result<ReconciliationResult>> CheckAsync(Symbol symbol, decimal dust, CancellationToken cancellationToken)
    {
        var inputs = await GatherAsync(symbol, dust, cancellationToken).ConfigureAwait(false);
        return inputs.IsSuccess ? Reconciler.Reconcile(inputs.Value.Local, inputs.Value.Exchange, inputs.Value.Policy) : inputs.Error;
    }

    /// <summary>One full pass: compare, correct, compare again, publish, and move the checkpoint when every correction took.</summary>
    public async Task<Result<ReconciliationOutcome>> ReconcileAsync(Symbol symbol, decimal dust, string? traceId, CancellationToken cancellationToken)
    {
        var inputs = await GatherAsync(symbol, dust, cancellationToken).ConfigureAwait(false);
        if (!inputs.IsSuccess)
        {
            return inputs.Error;
        }

        var (local, exchange, policy, since) = inputs.Value;
        var found = Reconciler.Reconcile(local, exchange, policy);
        if (await RecordFiredStopAsync(symbol, found, traceId, cancellationToken).ConfigureAwait(false))
        {
            local = await LocalBookAsync(symbol, since, cancellationToken).ConfigureAwait(false);
            found = Reconciler.Reconcile(local, exchange, policy);
        }

        foreach (var foreign in found.ForeignOrders)
        {
            ReconciliationLog.ForeignOrder(logger, symbol.ToString(), foreign.ExchangeOrderId, foreign.ClientText);
        }

        var (fills, closed) = await CorrectAsync(found.Actions, policy, traceId, cancellationToken).ConfigureAwait(false);
        if (fills + closed > 0)
        {
            outbox.Notify();
        }

        var corrected = await LocalBookAsync(symbol, since, cancellationToken).ConfigureAwait(false);
        var after = Reconciler.Reconcile(corrected, exchange, policy);
        if (after.Pause is not null && _acceptDrift.TryRemove(symbol, out _))
        {
            policy = policy with { AcceptedOffset = policy.AcceptedOffset + after.Drift.Difference };
            ReconciliationLog.OffsetAccepted(logger, symbol.ToString(), policy.AcceptedOffset, symbol.Base);
            after = Reconciler.Reconcile(corrected, exchange, policy);
        }

        var outcome = new ReconciliationOutcome(found, after, fills, closed);
        metrics?.ReconciliationDrift(symbol, after.Drift.Difference);
        if (outcome.Completed)
        {
            await store.CommitAsync(
                new StoreChanges { ReconciliationCheckpoints = [new ReconciliationCheckpoint(symbol, policy.Now, policy.AcceptedOffset)] },
                cancellationToken).ConfigureAwait(false);
            _lastCompleted[symbol] = policy.Now;
        }

        await PublishAsync(corrected, outcome, traceId, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<Result<(LocalBook Local, ExchangeReport Exchange, ReconcilePolicy Policy, DateTimeOffset Since)>> GatherAsync(
        Symbol symbol, decimal dust, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var checkpoint = await store.GetReconciliationCheckpointAsync(symbol, cancellationToken).ConfigureAwait(false);
        var since = checkpoint is null ? now - FirstLookback : checkpoint.ReconciledAt - CheckpointOverlap;

        // The exchange first: an order we record after this read can then only make our side newer, never older.
        var open = await broker.GetOpenOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        var trades = await broker.GetTradesAsync(symbol, since, cancellationToken).ConfigureAwait(false);
        if (!trades.IsSuccess)
        {
            return trades.Error;
        }

        var balances = await broker.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            return balances.Error;
        }

        var baseBalance = 0m;
        foreach (var balance in balances.Value)
        {
            baseBalance += string.Equals(balance.Asset, symbol.Base, StringComparison.OrdinalIgnoreCase) ? balance.Total : 0m;
        }

        var tolerance = await ToleranceAsync(symbol, dust, cancellationToken).ConfigureAwait(false);
        var policy = new ReconcilePolicy(tolerance, now, broker.NewOrderVisibilityDelay, checkpoint?.AcceptedOffset ?? 0m);
        var local = await LocalBookAsync(symbol, since, cancellationToken).ConfigureAwait(false);
        return (local, new ExchangeReport(symbol, open.Value, trades.Value, baseBalance), policy, since);
    }

    /// <summary>One lot step of the market, or the dust the plan leaves behind when that is larger.</summary>
    private async Task<decimal> ToleranceAsync(Symbol symbol, decimal dust, CancellationToken cancellationToken)
    {
        var rules = await broker.GetInstrumentRulesAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return dust;
        }

        var step = 1m;
        for (var i = 0; i < rules.Value.AmountPrecision; i++)
        {
            step /= 10m;
        }

        return Math.Max(step, dust);
    }

    private async Task<LocalBook> LocalBookAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var active = await store.GetActiveOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        var recent = await store.GetOrdersSinceAsync(since - OrderLookback, cancellationToken).ConfigureAwait(false);
        var orders = active.Concat(recent.Where(o => o.Symbol == symbol)).DistinctBy(o => o.ClientOrderId).ToList();
        var fills = await store.GetFillsAsync(symbol, cancellationToken).ConfigureAwait(false);
        return new LocalBook(symbol, orders, Position.FromFills(symbol, fills).Quantity);
    }

    /// <summary>
    /// A stop resting on the exchange places a sell that carries no client order id of ours: when a sell of the account
    /// matches no order of ours and a stop is on record, it is most likely the stop's, recorded here before it could
    /// look like drift.
    /// </summary>
    private async Task<bool> RecordFiredStopAsync(Symbol symbol, ReconciliationResult found, string? traceId, CancellationToken cancellationToken)
    {
        if (!found.UnmatchedTrades.Any(t => t.Side == OrderSide.Sell))
        {
            return false;
        }

        var stop = await store.GetExchangeStopAsync(symbol, cancellationToken).ConfigureAwait(false);
        return stop is not null && await firedStops.RecordAsync(stop, traceId ?? "reconcile", cancellationToken).ConfigureAwait(false);
    }

    private async Task<(int Fills, int Closed)> CorrectAsync(
        IReadOnlyList<ReconcileAction> actions, ReconcilePolicy policy, string? traceId, CancellationToken cancellationToken)
    {
        var (fills, closed) = (0, 0);
        foreach (var action in actions)
        {
            var order = action.Order;
            var report = await broker.GetOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
            if (!report.IsSuccess)
            {
                // Gate keeps no trace of an order that never arrived; past the visibility delay that is the answer, as settlement concludes.
                if (report.Error.Code == ErrorCode.NotFound && action is CloseVanished && order.Status is OrderStatus.Pending or OrderStatus.Unknown
                    && policy.Now - order.CreatedAt >= policy.VisibilityDelay)
                {
                    await recorder.RecordFailureAsync(
                        order, OrderEvent.Rejected, new Error(ErrorCode.NotFound, "The exchange has no such order: it was never placed."), traceId, cancellationToken)
                        .ConfigureAwait(false);
                    closed++;
                    ReconciliationLog.Corrected(logger, order.Symbol.ToString(), order.ClientOrderId.Value, order.Status.ToString(), OrderStatus.Rejected.ToString(), 0);
                    continue;
                }

                ReconciliationLog.NotCorrected(logger, order.Symbol.ToString(), order.ClientOrderId.Value, report.Error.Message);
                continue;
            }

            var recorded = await recorder.RecordAsync(order, report.Value, EventTopics.TradeSettled, traceId, cancellationToken).ConfigureAwait(false);
            if (!recorded.IsSuccess)
            {
                ReconciliationLog.NotCorrected(logger, order.Symbol.ToString(), order.ClientOrderId.Value, recorded.Error.Message);
                continue;
            }

            var after = recorded.Value.Order;
            fills += recorded.Value.NewFills.Count;
            closed += after.IsTerminal && !order.IsTerminal ? 1 : 0;
            ReconciliationLog.Corrected(
                logger, order.Symbol.ToString(), order.ClientOrderId.Value, order.Status.ToString(), after.Status.ToString(), recorded.Value.NewFills.Count);
        }

        return (fills, closed);
    }

    private async Task PublishAsync(LocalBook corrected, ReconciliationOutcome outcome, string? traceId, CancellationToken cancellationToken)
    {
        var after = outcome.After;
        var drift = after.Drift;
        var payload = new ReconciliationPayload(
            corrected.Symbol.ToString(), drift.Local, drift.Exchange, drift.Difference, drift.Tolerance,
            corrected.Orders.Count(o => !o.IsTerminal), outcome.FillsApplied, outcome.OrdersClosed, after.ForeignOrders.Count,
            after.UnmatchedTrades.Count, outcome.Found.Drift.Explained, after.Pause?.Reason);
        if (after.Pause is { } pause)
        {
            ReconciliationLog.Drift(logger, corrected.Symbol.ToString(), pause.Reason);
        }

        var topic = after.Pause is null ? EventTopics.ReconciliationCompleted : EventTopics.ReconciliationPositionMismatch;
        await bus.PublishAsync(
            new BusEvent(topic, EventJson.Serialize(payload), time.GetUtcNow(), corrected.Symbol.ToString(), traceId), cancellationToken)
            .ConfigureAwait(false);
    }
}
