namespace CryptoAiBot.Domain.Orders;

/// <summary>Where an order is in its life. See <see cref="OrderTransitions"/> for the moves between them.</summary>
public enum OrderStatus
{
    /// <summary>Recorded with its idempotency key; the request may not have reached the exchange yet.</summary>
    Pending = 1,

    /// <summary>Accepted by the exchange, nothing filled yet.</summary>
    Open,

    PartiallyFilled,

    /// <summary>We asked to cancel; fills may still arrive until the exchange confirms.</summary>
    CancelRequested,

    /// <summary>
    /// The request may or may not have reached the exchange (crash or timeout after sending). Only
    /// asking the exchange resolves it; sending again never does.
    /// </summary>
    Unknown,

    Filled,
    Canceled,
    Rejected,
    Expired,
}
