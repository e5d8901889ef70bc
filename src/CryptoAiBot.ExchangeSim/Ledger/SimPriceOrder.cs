namespace CryptoAiBot.ExchangeSim.Ledger;

/// <summary>A price-triggered order; <see cref="Status"/> is open, finish, cancelled, expired or failed.</summary>
public sealed record SimPriceOrder(
    long Id,
    string AccountKey,
    string Market,
    decimal TriggerPrice,
    string Rule,
    long ExpirationSeconds,
    string PutType,
    string PutSide,
    decimal PutPrice,
    decimal PutAmount,
    string PutTimeInForce,
    string PutText,
    string Status,
    string Reason,
    string? FiredOrderId,
    DateTimeOffset CreateTime,
    DateTimeOffset? FinishTime);
