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
/// rejected. Nothing is ever re-sent here.
/// Must run inside the symbol's cycle lock, so a pending order it sees is never one still being sent.
/// </summary>
public sealed partial class SettleOrders(
    ITradingStore store,
    IBroker broker,
    TradeRecorder recorder,
    IOutboxSignal outbox,
    TimeProvider time,
    ILogger<SettleOrders> logger)
{
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
        if (after.Status == order.Status && recorded.Value.NewFills.Count == 0)
        {
            return false;
        }

        LogResolved(logger, order.ClientOrderId.Value, order.Status.ToString(), after.Status.ToString());
        return true;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Order {ClientOrderId} settled: {Before} -> {After}")]
    private static partial void LogResolved(ILogger logger, string clientOrderId, string before, string after);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Order {ClientOrderId} not settled yet: {Reason}")]
    private static partial void LogLookupFailed(ILogger logger, string clientOrderId, string reason);
}
