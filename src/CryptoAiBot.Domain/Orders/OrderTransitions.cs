using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Domain.Orders;

/// <summary>
/// The order lifecycle as an explicit <c>(status, event) → status</c> table. Anything not listed is an
/// illegal transition and comes back as an error value, never a silent no-op. Real-world edges are
/// in it: a fill that arrives after a cancel request, a rejected cancel that restores the status the
/// order had before, and an unknown outcome that only the exchange's answer can resolve.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<(OrderStatus, OrderEvent), OrderStatus> Table = new()
    {
        [(OrderStatus.Pending, OrderEvent.Accepted)] = OrderStatus.Open,
        [(OrderStatus.Pending, OrderEvent.PartiallyFilled)] = OrderStatus.PartiallyFilled,
        [(OrderStatus.Pending, OrderEvent.Filled)] = OrderStatus.Filled,
        [(OrderStatus.Pending, OrderEvent.Rejected)] = OrderStatus.Rejected,
        [(OrderStatus.Pending, OrderEvent.Canceled)] = OrderStatus.Canceled,
        [(OrderStatus.Pending, OrderEvent.Expired)] = OrderStatus.Expired,
        [(OrderStatus.Pending, OrderEvent.OutcomeUnknown)] = OrderStatus.Unknown,

        [(OrderStatus.Open, OrderEvent.PartiallyFilled)] = OrderStatus.PartiallyFilled,
        [(OrderStatus.Open, OrderEvent.Filled)] = OrderStatus.Filled,
        [(OrderStatus.Open, OrderEvent.CancelRequested)] = OrderStatus.CancelRequested,
        [(OrderStatus.Open, OrderEvent.Canceled)] = OrderStatus.Canceled,
        [(OrderStatus.Open, OrderEvent.Expired)] = OrderStatus.Expired,

        [(OrderStatus.PartiallyFilled, OrderEvent.PartiallyFilled)] = OrderStatus.PartiallyFilled,
        [(OrderStatus.PartiallyFilled, OrderEvent.Filled)] = OrderStatus.Filled,
        [(OrderStatus.PartiallyFilled, OrderEvent.CancelRequested)] = OrderStatus.CancelRequested,
        [(OrderStatus.PartiallyFilled, OrderEvent.Canceled)] = OrderStatus.Canceled,
        [(OrderStatus.PartiallyFilled, OrderEvent.Expired)] = OrderStatus.Expired,

        // A fill may race the cancel: the order stays cancel-requested until the exchange decides.
        [(OrderStatus.CancelRequested, OrderEvent.PartiallyFilled)] = OrderStatus.CancelRequested,
        [(OrderStatus.CancelRequested, OrderEvent.Filled)] = OrderStatus.Filled,
        [(OrderStatus.CancelRequested, OrderEvent.Canceled)] = OrderStatus.Canceled,
        [(OrderStatus.CancelRequested, OrderEvent.Expired)] = OrderStatus.Expired,

        // Resolution of an ambiguous send comes only from the exchange's view of the order.
        [(OrderStatus.Unknown, OrderEvent.Accepted)] = OrderStatus.Open,
        [(OrderStatus.Unknown, OrderEvent.PartiallyFilled)] = OrderStatus.PartiallyFilled,
        [(OrderStatus.Unknown, OrderEvent.Filled)] = OrderStatus.Filled,
        [(OrderStatus.Unknown, OrderEvent.Canceled)] = OrderStatus.Canceled,
        [(OrderStatus.Unknown, OrderEvent.Rejected)] = OrderStatus.Rejected,
        [(OrderStatus.Unknown, OrderEvent.Expired)] = OrderStatus.Expired,
        [(OrderStatus.Unknown, OrderEvent.OutcomeUnknown)] = OrderStatus.Unknown,
    };

    /// <summary>The event by which an exchange's report moves an order to <paramref name="target"/>.</summary>
    public static OrderEvent EventLeadingTo(OrderStatus target) => target switch
    {
        OrderStatus.Open => OrderEvent.Accepted,
        OrderStatus.PartiallyFilled => OrderEvent.PartiallyFilled,
        OrderStatus.Filled => OrderEvent.Filled,
        OrderStatus.Canceled => OrderEvent.Canceled,
        OrderStatus.Rejected => OrderEvent.Rejected,
        OrderStatus.Expired => OrderEvent.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "No event leads to this status."),
    };

    /// <summary>Statuses no event can leave.</summary>
    public static bool IsTerminal(OrderStatus status) =>
        status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired;

    /// <summary>
    /// The status after <paramref name="orderEvent"/>. <paramref name="statusBeforeCancel"/> is where a
    /// rejected cancel returns to.
    /// </summary>
    public static Result<OrderStatus> Next(OrderStatus current, OrderEvent orderEvent, OrderStatus? statusBeforeCancel = null)
    {
        if (current == OrderStatus.CancelRequested && orderEvent == OrderEvent.CancelRejected)
        {
            return statusBeforeCancel is OrderStatus.Open or OrderStatus.PartiallyFilled
                ? statusBeforeCancel.Value
                : new Error(ErrorCode.IllegalTransition, "A rejected cancel needs the status the order had before the cancel request.");
        }

        return Table.TryGetValue((current, orderEvent), out var next)
            ? next
            : new Error(ErrorCode.IllegalTransition, $"Order in status {current} cannot take event {orderEvent}.");
    }
}
