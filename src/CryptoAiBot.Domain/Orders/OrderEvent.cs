namespace CryptoAiBot.Domain.Orders;

/// <summary>What can happen to an order; the input column of <see cref="OrderTransitions"/>.</summary>
public enum OrderEvent
{
    Accepted = 1,
    PartiallyFilled,
    Filled,
    CancelRequested,
    CancelRejected,
    Canceled,
    Rejected,
    Expired,

    /// <summary>Sending failed in a way that leaves the outcome unknown.</summary>
    OutcomeUnknown,
}
