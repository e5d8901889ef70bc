using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Execution;

/// <summary>
/// Turns the exchange's report of an order into one atomic change of local state: the order's new
/// status and fills, the position refolded from every fill, the protective exit armed after a buy or
/// cleared when flat, and the events these cause (written to the outbox in the same transaction).
/// Shared by execution and settlement so that an order is recorded the same way however its
/// outcome became known.
/// </summary>
public sealed class TradeRecorder(ITradingStore store, PositionBook positions, ExitPolicy exitPolicy, TimeProvider time, Telemetry.BotMetrics? metrics = null)
{
    public sealed record Recorded(Order Order, Position Position, IReadOnlyList<Fill> NewFills);

    /// <summary>Applies <paramref name="report"/> to <paramref name="order"/> and commits.</summary>
    public async ValueTask<Result<Recorded>> RecordAsync(
        Order order, BrokerOrder report, string eventTopic, string? traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reportedStatus = new ReportedStatus(TargetStatus(report.State, hasFills: true), TargetStatus(report.State, hasFills: false));
        var recorded = order.WithReport(report.ExchangeOrderId, report.Fills, reportedStatus, now);
        if (!recorded.IsSuccess)
        {
            return recorded.Error;
        }

        // The fills taken from the report end the order's list.
        var updated = recorded.Value;
        var newFills = NewFills(order, updated);
        var position = await positions.ApplyAsync(order.Symbol, newFills, cancellationToken).ConfigureAwait(false);
        try
        {
            var (exitsToSave, exitsToClear) = await ExitChangesAsync(updated, position, now, cancellationToken).ConfigureAwait(false);
            var symbol = order.Symbol.ToString();
            var changes = new StoreChanges
            {
                Orders = [updated],
                Fills = newFills,
                Positions = [Snapshot(position, now, symbol)],
                ExitsToSave = exitsToSave,
                ExitsToClear = exitsToClear,
                Events = EventsFor(updated, symbol, eventTopic, traceId, now),
            };
            await store.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The fills were applied in memory but not stored: refold from the store's truth next time.
            positions.Invalidate(order.Symbol);
            throw;
        }

        metrics?.FillsRecorded(newFills, position);
        return new Recorded(updated, position, newFills);
    }

    /// <summary>Records a definite refusal or an unknown outcome, with its <c>trade.failed</c> event.</summary>
    public async Task<Order> RecordFailureAsync(Order order, OrderEvent failure, Error error, string? traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var moved = order.Apply(failure, now, error.Message);
        var updated = moved.IsSuccess ? moved.Value : order with { LastError = error.Message, UpdatedAt = now };
        await store.CommitAsync(
            new StoreChanges
            {
                Orders = [updated],
                Events = [EventJson.Outbox(EventTopics.TradeFailed, TradeEventPayload.From(updated), order.Symbol.ToString(), traceId, now)],
            },
            cancellationToken).ConfigureAwait(false);
        return updated;
    }

    public static PositionSnapshot Snapshot(Position position, DateTimeOffset now, string? symbol = null) => new(
        symbol ?? position.Symbol.ToString(), position.Quantity, position.AverageEntryPrice, position.Cost, position.RealizedPnl, position.OpenedAt, now);

    /// <summary>The protective exit armed after a buy (or re-based on its fill), or cleared when the position is flat.</summary>
    private async ValueTask<(IReadOnlyList<ProtectiveExit> Save, IReadOnlyList<Symbol> Clear)> ExitChangesAsync(
        Order order, Position position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (position.IsFlat)
        {
            return ([], [order.Symbol]);
        }

        if (order.Side != OrderSide.Buy || order.FilledBase <= 0)
        {
            return ([], []);
        }

        // Stops are measured from the price the entry filled at, as traders state them ("3% below my entry").
        var current = await store.GetProtectiveExitAsync(order.Symbol, cancellationToken).ConfigureAwait(false);
        var entry = order.AveragePrice;
        var exit = current is null
            ? ProtectiveExit.Arm(order.Symbol, entry, exitPolicy.StopLossPct, exitPolicy.TrailingPct, now)
            : current with { EntryPrice = entry, HighestPrice = Math.Max(current.HighestPrice, entry), UpdatedAt = now };
        return ([exit], []);
    }

    /// <summary>
    /// <c>order.executed</c>, and the outcome topic once the order is final. Both carry the same payload: one body,
    /// made and serialized once when first read (by the store's commit or the publisher), shared by the two messages.
    /// </summary>
    private static IReadOnlyList<OutboxMessage> EventsFor(Order order, string symbol, string topic, string? traceId, DateTimeOffset now)
    {
        var payload = new TradeEventBody(order, symbol);
        var executed = OutboxMessage.New(EventTopics.OrderExecuted, payload, symbol, traceId, now);
        return order.IsTerminal
            ? [executed, OutboxMessage.New(order.FilledBase > 0 ? topic : EventTopics.TradeFailed, payload, symbol, traceId, now)]
            : [executed];
    }

    /// <summary>The fills <paramref name="updated"/> has beyond <paramref name="before"/>'s, without a copy when that is all of them.</summary>
    private static IReadOnlyList<Fill> NewFills(Order before, Order updated)
    {
        var known = before.Fills.Count;
        if (updated.Fills.Count == known)
        {
            return [];
        }

        if (known == 0)
        {
            return updated.Fills;
        }

        var added = new Fill[updated.Fills.Count - known];
        for (var i = 0; i < added.Length; i++)
        {
            added[i] = updated.Fills[known + i];
        }

        return added;
    }

    private static OrderStatus TargetStatus(BrokerOrderState state, bool hasFills) => state switch
    {
        BrokerOrderState.Filled => OrderStatus.Filled,
        BrokerOrderState.Open => hasFills ? OrderStatus.PartiallyFilled : OrderStatus.Open,
        BrokerOrderState.Canceled => OrderStatus.Canceled,
        BrokerOrderState.Rejected => OrderStatus.Rejected,
        BrokerOrderState.Expired => OrderStatus.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unmapped broker order state."),
    };
}
