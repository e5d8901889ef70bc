using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Settlement;

/// <summary>
/// Clears the way for a protective exit: every order of the symbol still working on the exchange (open, partially
/// filled, or cancel-requested by settlement) is cancelled and its final report — every fill up to the cancel — recorded
/// once, so the exit sells the position those fills made. Its remainder is never followed up: the order is recorded
/// straight from the exchange's final report, never through the cancel-requested step that leads settlement to a
/// follow-up, and a crash between the cancel and the record leaves it for settlement's ordinary lookup, which records
/// the same final report. An order that cannot be finished now does not stop the exit: it sells what it can.
/// </summary>
public sealed partial class CancelOpenOrders(ITradingStore store, IBroker broker, TradeRecorder recorder, ILogger<CancelOpenOrders> logger)
{
    /// <summary>Cancels the symbol's working orders; returns how many are now final.</summary>
    public async Task<int> CancelAsync(Symbol symbol, string? traceId, CancellationToken cancellationToken)
    {
        var active = await store.GetActiveOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        var finished = 0;
        foreach (var order in active)
        {
            if (order.Status is not (OrderStatus.Open or OrderStatus.PartiallyFilled or OrderStatus.CancelRequested))
            {
                // Pending or unknown: nothing known to cancel; settlement resolves it from the exchange.
                continue;
            }

            var report = await broker.CancelOrderAsync(symbol, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
            if (!report.IsSuccess)
            {
                LogNotCancelled(logger, order.ClientOrderId.Value, report.Error.Message);
                continue;
            }

            var recorded = await recorder.RecordAsync(order, report.Value, EventTopics.TradeSettled, traceId, cancellationToken).ConfigureAwait(false);
            if (!recorded.IsSuccess)
            {
                LogNotCancelled(logger, order.ClientOrderId.Value, recorded.Error.Message);
                continue;
            }

            var after = recorded.Value.Order;
            LogCancelled(logger, order.ClientOrderId.Value, after.Status.ToString(), after.FilledBase);
            finished += after.IsTerminal ? 1 : 0;
        }

        return finished;
    }

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Order {ClientOrderId} cancelled before a protective exit: {Status}, {FilledBase} filled")]
    private static partial void LogCancelled(ILogger logger, string clientOrderId, string status, decimal filledBase);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "Order {ClientOrderId} could not be cancelled before a protective exit: {Reason}")]
    private static partial void LogNotCancelled(ILogger logger, string clientOrderId, string reason);
}
