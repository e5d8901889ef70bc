using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Settlement;

/// <summary>
/// Follows every non-final order of a symbol to its final state using only the exchange's answer.
/// An order left pending or unknown (crash or timeout between sending and recording) is looked up by
/// its client order id: found → its fills are applied once; not found (once the broker's
/// <see cref="IBroker.NewOrderVisibilityDelay"/> has passed) → it never reached the exchange and is closed as
/// rejected. Such an order is never re-sent here.
/// <para>
/// A stalled order — still open or partially filled <see cref="SettlementPolicy.Timeout"/> after it was created — is
/// finished in steps that each survive a crash, because each is stored before the next and every step is idempotent:
/// </para>
/// <list type="number">
/// <item>it is marked <see cref="OrderStatus.CancelRequested"/>: the durable decision "cancel and follow up"
/// (only this status leads to a follow-up; an order the exchange cancelled by itself, an IOC remainder, or one a
/// protective exit cancelled, never does);</item>
/// <item>the exchange cancels it and reports every fill; the fills are recorded once (by trade id) while the order
/// stays cancel-requested;</item>
/// <item>the remainder (buy: requested − spent quote; sell: requested − filled base, at most the position) is
/// re-placed as ONE follow-up through <see cref="ExecuteTrade"/>, with the original's client order id plus
/// <c>-pf</c> and a key derived from the original's: a re-run finds it and sends nothing. A remainder below the
/// exchange minimum is dropped as dust, and a follow-up's own remainder is dropped too (followed up once, never a
/// chain); both publish <c>trade.remainder_dropped</c>;</item>
/// <item>the original's final report is recorded (cancelled, or filled if it completed meanwhile).</item>
/// </list>
/// Must run inside the symbol's cycle lock, so a pending order it sees is never one still being sent.
/// </summary>
public sealed partial class SettleOrders(
    ITradingStore store,
    IBroker broker,
    TradeRecorder recorder,
    ExecuteTrade executeTrade,
    IOutboxSignal outbox,
    SettlementPolicy policy,
    TimeProvider time,
    ILogger<SettleOrders> logger)
{
    /// <summary>The suffix of a follow-up's client order id (the original's id is at most 22 characters of 28).</summary>
    public const string FollowUpSuffix = "-pf";

    /// <summary>The follow-up's client order id for <paramref name="original"/>.</summary>
    public static ClientOrderId FollowUpId(ClientOrderId original) => new(original.Value + FollowUpSuffix);

    public static bool IsFollowUp(ClientOrderId id) => id.Value.EndsWith(FollowUpSuffix, StringComparison.Ordinal);

    /// <summary>Settles the symbol's active orders; returns how many changed.</summary>
    public async Task<int> SettleAsync(Symbol symbol, string? traceId, CancellationToken cancellationToken)
    {
        var active = await store.GetActiveOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (active.Count == 0)
        {
            return 0;
        }

        var changed = 0;
        foreach (var order in active)
        {
            changed += await SettleOneAsync(order, traceId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        if (changed > 0)
        {
            outbox.Notify();
        }

        return changed;
    }

    private async Task<bool> SettleOneAsync(Order order, string? traceId, CancellationToken cancellationToken)
    {
        if (order.Status == OrderStatus.CancelRequested)
        {
            // An earlier run decided to cancel and follow up, and was interrupted: carry on from the cancel (idempotent).
            return await FinishStalledAsync(order, traceId, cancellationToken).ConfigureAwait(false);
        }

        var report = await broker.GetOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
        if (!report.IsSuccess)
        {
            // "Not found" right after the send may only mean the exchange does not show the order yet.
            var tooEarly = time.GetUtcNow() - order.CreatedAt < broker.NewOrderVisibilityDelay;
            if (report.Error.Code != ErrorCode.NotFound || order.Status is not (OrderStatus.Pending or OrderStatus.Unknown) || tooEarly)
            {
                LogLookupFailed(logger, order.ClientOrderId.Value, report.Error.Message);
                return false;
            }

            await recorder.RecordFailureAsync(
                order, OrderEvent.Rejected, new Error(ErrorCode.NotFound, "The exchange has no such order: it was never placed."), traceId, cancellationToken)
                .ConfigureAwait(false);
            LogResolved(logger, order.ClientOrderId.Value, order.Status.ToString(), OrderStatus.Rejected.ToString());
            return true;
        }

        var recorded = await recorder.RecordAsync(order, report.Value, EventTopics.TradeSettled, traceId, cancellationToken).ConfigureAwait(false);
        if (!recorded.IsSuccess)
        {
            LogLookupFailed(logger, order.ClientOrderId.Value, recorded.Error.Message);
            return false;
        }

        var after = recorded.Value.Order;
        var changed = after.Status != order.Status || recorded.Value.NewFills.Count > 0;
        if (changed)
        {
            LogResolved(logger, order.ClientOrderId.Value, order.Status.ToString(), after.Status.ToString());
        }

        if (after.Status is OrderStatus.Open or OrderStatus.PartiallyFilled && time.GetUtcNow() - after.CreatedAt >= policy.Timeout)
        {
            changed |= await FinishStalledAsync(after, traceId, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>Steps 1–4 of the class summary for one stalled order; true when anything was stored.</summary>
    private async Task<bool> FinishStalledAsync(Order order, string? traceId, CancellationToken cancellationToken)
    {
        var changed = false;
        if (order.Status != OrderStatus.CancelRequested)
        {
            var marked = order.Apply(OrderEvent.CancelRequested, time.GetUtcNow());
            if (!marked.IsSuccess)
            {
                LogLookupFailed(logger, order.ClientOrderId.Value, marked.Error.Message);
                return false;
            }

            await store.CommitAsync(new StoreChanges { Orders = [marked.Value] }, cancellationToken).ConfigureAwait(false);
            LogCancellingStalled(logger, order.ClientOrderId.Value, order.Status.ToString(), order.FilledBase);
            (order, changed) = (marked.Value, true);
        }

        var cancelled = await broker.CancelOrderAsync(order.Symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess)
        {
            LogLookupFailed(logger, order.ClientOrderId.Value, cancelled.Error.Message);
            return changed;
        }

        var report = cancelled.Value;
        if (HasNewFills(order, report))
        {
            // Fills first, the order still cancel-requested: the follow-up is sized from a position that holds them.
            var withFills = await recorder.RecordAsync(order, report with { State = BrokerOrderState.Open }, EventTopics.TradeSettled, traceId, cancellationToken)
                .ConfigureAwait(false);
            if (!withFills.IsSuccess)
            {
                LogLookupFailed(logger, order.ClientOrderId.Value, withFills.Error.Message);
                return changed;
            }

            (order, changed) = (withFills.Value.Order, true);
        }

        if (report.State == BrokerOrderState.Open)
        {
            // The exchange has not finished it yet (or its trades are not all listed): the next run asks again.
            return changed;
        }

        if (!await FollowUpAsync(order, traceId, cancellationToken).ConfigureAwait(false))
        {
            return changed;
        }

        var final = await recorder.RecordAsync(order, report, EventTopics.TradeSettled, traceId, cancellationToken).ConfigureAwait(false);
        if (!final.IsSuccess)
        {
            LogLookupFailed(logger, order.ClientOrderId.Value, final.Error.Message);
            return changed;
        }

        LogResolved(logger, order.ClientOrderId.Value, OrderStatus.CancelRequested.ToString(), final.Value.Order.Status.ToString());
        return true;
    }

    /// <summary>Re-places or drops the remainder of the cancelled <paramref name="order"/>; false when it must be tried again later.</summary>
    private async Task<bool> FollowUpAsync(Order order, string? traceId, CancellationToken cancellationToken)
    {
        var buy = order.Side == OrderSide.Buy;
        var remainder = buy ? order.RequestedQuote - order.FilledQuote : order.RequestedBase - order.FilledBase;
        if (remainder <= 0)
        {
            return true;
        }

        var asset = buy ? order.Symbol.Quote : order.Symbol.Base;
        if (IsFollowUp(order.ClientOrderId))
        {
            await DropAsync(order, remainder, asset, RemainderReasons.FollowUpNotRepeated, "A follow-up's remainder is not followed up again.", traceId, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }

        var rules = await broker.GetInstrumentRulesAsync(order.Symbol, cancellationToken).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            LogLookupFailed(logger, order.ClientOrderId.Value, rules.Error.Message);
            return false;
        }

        var price = order.FilledBase > 0 ? order.AveragePrice : order.ReferencePrice;
        var sendable = buy ? rules.Value.QuantizeBuyQuote(remainder) : rules.Value.QuantizeSellBase(remainder, price);
        if (!sendable.IsSuccess)
        {
            await DropAsync(order, remainder, asset, RemainderReasons.Dust, sendable.Error.Message, traceId, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var followUpId = FollowUpId(order.ClientOrderId);
        var request = new TradeRequest(order.Symbol, order.Side, order.Intent, buy ? sendable.Value : 0m, price, traceId);
        var outcome = await executeTrade.ExecuteFollowUpAsync(
            request, order.IdempotencyKey + "|" + FollowUpSuffix, followUpId, buy ? null : sendable.Value, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == TradeOutcomeKind.Duplicate)
        {
            // Sent by an earlier, interrupted run: nothing more to send or to announce.
            return true;
        }

        if (outcome.Kind == TradeOutcomeKind.Rejected && outcome.Order is null)
        {
            // Refused before sending (e.g. the position holds less than one lot now): the remainder is dust after all.
            await DropAsync(order, remainder, asset, RemainderReasons.Dust, outcome.Error?.Message ?? "not sendable", traceId, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }

        var payload = new PartialFollowupPayload(
            order.Symbol.ToString(), order.Side.Lowercase(), order.ClientOrderId.Value, followUpId.Value, remainder, asset, outcome.Kind.ToString());
        await store.CommitAsync(
            new StoreChanges { Events = [EventJson.Outbox(EventTopics.TradePartialFollowup, payload, order.Symbol.ToString(), traceId, time.GetUtcNow())] },
            cancellationToken).ConfigureAwait(false);
        LogFollowedUp(logger, order.ClientOrderId.Value, followUpId.Value, remainder, asset, outcome.Kind.ToString());
        return true;
    }

    private async Task DropAsync(Order order, decimal remainder, string asset, string reason, string detail, string? traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var symbol = order.Symbol.ToString();
        var payload = new RemainderDroppedPayload(symbol, order.Side.Lowercase(), order.ClientOrderId.Value, remainder, asset, reason, detail);
        await store.CommitAsync(
            new StoreChanges
            {
                Events = [EventJson.Outbox(EventTopics.TradeRemainderDropped, payload, symbol, traceId, now)],
                Audit = [new AuditEntry(now, EventTopics.TradeRemainderDropped, symbol, EventJson.Serialize(payload))],
            },
            cancellationToken).ConfigureAwait(false);
        LogRemainderDropped(logger, order.ClientOrderId.Value, remainder, asset, reason);
    }

    private static bool HasNewFills(Order order, BrokerOrder report)
    {
        foreach (var fill in report.Fills)
        {
            if (!order.HasFill(fill.TradeId))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Order {ClientOrderId} settled: {Before} -> {After}")]
    private static partial void LogResolved(ILogger logger, string clientOrderId, string before, string after);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Order {ClientOrderId} not settled yet: {Reason}")]
    private static partial void LogLookupFailed(ILogger logger, string clientOrderId, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Order {ClientOrderId} stalled ({Status}, {FilledBase} filled): cancelling its remainder")]
    private static partial void LogCancellingStalled(ILogger logger, string clientOrderId, string status, decimal filledBase);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Remainder {Remainder} {Asset} of {ClientOrderId} re-placed as {FollowUpClientOrderId}: {Outcome}")]
    private static partial void LogFollowedUp(ILogger logger, string clientOrderId, string followUpClientOrderId, decimal remainder, string asset, string outcome);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Remainder {Remainder} {Asset} of {ClientOrderId} not re-placed: {Reason}")]
    private static partial void LogRemainderDropped(ILogger logger, string clientOrderId, decimal remainder, string asset, string reason);
}
