namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>How an order ended (<c>finish_as</c>). Gate extends this list; a value not known here is <see cref="Other"/>.</summary>
public enum GateFinishAs
{
    /// <summary>Not sent (older or shorter answers).</summary>
    None = 0,
    Open,
    Filled,
    Cancelled,
    LiquidateCancelled,
    Small,
    DepthNotEnough,
    TraderNotEnough,
    Ioc,
    Poc,
    Fok,
    Stp,
    PriceProtectCancelled,
    Unknown,
    Other,
}
