namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate's rate-limit classes (facts §6).</summary>
internal enum RateClass
{
    /// <summary>Per endpoint and IP.</summary>
    Public,

    /// <summary>Order placement, per account and pair.</summary>
    Placement,

    /// <summary>Order cancellation, per account.</summary>
    Cancellation,

    /// <summary>Every other private endpoint, per endpoint and account.</summary>
    Private,
}
