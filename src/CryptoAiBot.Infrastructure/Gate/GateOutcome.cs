using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// How the client reports "outcome unknown". Only the placing calls (<c>CreateMarketBuyAsync</c>,
/// <c>CreateMarketSellAsync</c>, <c>CreateLimitOrderAsync</c>, <c>CreatePriceOrderAsync</c>) ever return
/// <see cref="ErrorCode.Unknown"/>, and they return it exactly when the request may have reached Gate and nobody knows
/// whether an order now exists: a timeout, a broken connection, a 5xx, or a 2xx whose body cannot be read. They are
/// never retried automatically. The caller resolves the intent: <c>FetchOrderAsync</c> by client order id (or
/// <c>FetchOpenPriceOrdersAsync</c>) before anything is sent again. Every other failure is a definite refusal or a read
/// that may simply be repeated.
/// </summary>
public static class GateOutcome
{
    public static bool IsUnknown(Error? error) => error?.Code == ErrorCode.Unknown;
}
