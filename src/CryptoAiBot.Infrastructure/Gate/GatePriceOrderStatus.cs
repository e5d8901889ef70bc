namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A price-triggered order's status. Gate's SDK says <c>cancelled</c> and <c>finish</c>, live answers say
/// <c>canceled</c>; both spellings read the same. <see cref="Unknown"/> is the empty status of the documentation example.
/// </summary>
public enum GatePriceOrderStatus
{
    Unknown = 0,
    Open,
    Cancelled,

    /// <summary>Triggered: the spot order it placed is <see cref="GatePriceOrder.FiredOrderId"/>.</summary>
    Finished,
    Failed,
    Expired,
}
