using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Exits;
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
public sealed class TradeRecorder(ITradingStore store, PositionBook positions, ExitPolicy exitPolicy, TimeProvider time)
{
    public sealed record Recorded(Order Order, Position Position, IReadOnlyList<Fill> NewFills);

    /// <summary>Applies <paramref name="report"/> to <paramref name="order"/> and commits.</summary>
    public async Task<Result<Recorded>> RecordAsync(
        Order order, BrokerOrder report, string eventTopic, string? traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updated = order with { ExchangeOrderId = report.ExchangeOrderId };
        var newFills = new List<Fill>();
        foreach (var fill in report.Fills)
        {
            if (updated.HasFill(fill.TradeId))
            {
                continue;
            }

            var added = updated.AddFill(fill);
            if (!added.IsSuccess)
            {
                return added.Error;
            }

            updated = added.Value;
            newFills.Add(fill);
        }

        var target = TargetStatus(report.State, updated.FilledBase > 0);
        if (updated.Status != target)
        {
            var moved = updated.Apply(EventFor(target), now);
            if (!moved.IsSuccess)
            {
                return moved.Error;
            }

            updated = moved.Value;
        }

        var position = await positions.ApplyAsync(order.Symbol, newFills, cancellationToken).ConfigureAwait(false);
        try
        {
            var changes = new StoreChanges
            {
                Orders = [updated],
                Fills = newFills,
                Positions = [Snapshot(position, now)],
                Events = EventsFor(updated, eventTopic, traceId, now),
            };
            changes = await WithExitAsync(changes, updated, position, now, cancellationToken).ConfigureAwait(false);
            await store.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The fills were applied in memory but not stored: refold from the store's truth next time.
            positions.Invalidate(order.Symbol);
            throw;
        }

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

    public static PositionSnapshot Snapshot(Position position, DateTimeOffset now) => new(
        position.Symbol.ToString(), position.Quantity, position.AverageEntryPrice, position.Cost, position.RealizedPnl, position.OpenedAt, now);

    private async Task<StoreChanges> WithExitAsync(
        StoreChanges changes, Order order, Position position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (position.IsFlat)
        {
            return changes with { ExitsToClear = [order.Symbol] };
        }

        if (order.Side != OrderSide.Buy || order.FilledBase <= 0)
        {
            return changes;
        }

        // Stops are measured from the price the entry filled at, as traders state them ("3% below my entry").
        var current = await store.GetProtectiveExitAsync(order.Symbol, cancellationToken).ConfigureAwait(false);
        var entry = order.AveragePrice;
        var exit = current is null
            ? ProtectiveExit.Arm(order.Symbol, entry, exitPolicy.StopLossPct, exitPolicy.TrailingPct, now)
            : current with { EntryPrice = entry, HighestPrice = Math.Max(current.HighestPrice, entry), UpdatedAt = now };
        return changes with { ExitsToSave = [exit] };
    }

    private static List<OutboxMessage> EventsFor(Order order, string topic, string? traceId, DateTimeOffset now)
    {
        var payload = TradeEventPayload.From(order);
        var symbol = order.Symbol.ToString();
        var events = new List<OutboxMessage> { EventJson.Outbox(EventTopics.OrderExecuted, payload, symbol, traceId, now) };
        if (order.IsTerminal)
        {
            events.Add(EventJson.Outbox(order.FilledBase > 0 ? topic : EventTopics.TradeFailed, payload, symbol, traceId, now));
        }

        return events;
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

    private static OrderEvent EventFor(OrderStatus target) => target switch
    {
        OrderStatus.Open => OrderEvent.Accepted,
        OrderStatus.PartiallyFilled => OrderEvent.PartiallyFilled,
        OrderStatus.Filled => OrderEvent.Filled,
        OrderStatus.Canceled => OrderEvent.Canceled,
        OrderStatus.Rejected => OrderEvent.Rejected,
        OrderStatus.Expired => OrderEvent.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "No event leads to this status."),
    };
}
