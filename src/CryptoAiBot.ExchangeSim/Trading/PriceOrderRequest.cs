namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>The fields of <c>POST /spot/price_orders</c> as sent.</summary>
internal sealed record PriceOrderRequest(
    string? Market,
    string? TriggerPrice,
    string? Rule,
    long? Expiration,
    string? PutType,
    string? PutSide,
    string? PutPrice,
    string? PutAmount,
    string? PutAccount,
    string? PutTimeInForce,
    string? PutText);
