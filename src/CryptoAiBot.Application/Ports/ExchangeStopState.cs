namespace CryptoAiBot.Application.Ports;

/// <summary>A resting exchange stop's state, mapped from the exchange's vocabulary.</summary>
public enum ExchangeStopState
{
    /// <summary>Waiting for its trigger.</summary>
    Open = 1,

    /// <summary>Triggered: the exchange placed the sell.</summary>
    Fired,

    Cancelled,

    /// <summary>Its time on the exchange ran out before the trigger: the position is unguarded there until it is placed again.</summary>
    Expired,

    /// <summary>Triggered but the exchange could not place the sell.</summary>
    Failed,

    /// <summary>Refused at placement: the market is already at or below the trigger.</summary>
    ThroughMarket,
}
