namespace CryptoAiBot.ExchangeSim.Ledger;

/// <summary>
/// A spot order as the exchange keeps it. For a market buy <see cref="Amount"/> and <see cref="Left"/> are
/// quote and <see cref="Price"/> is 0; <see cref="FilledAmount"/> is always base and <see cref="FilledTotal"/> quote.
/// <see cref="AccountType"/> is Gate's <c>account</c> field (spot, unified). <see cref="Fee"/> is in <see cref="FeeCurrency"/> (the received currency); GT and POINT deductions are apart.
/// </summary>
public sealed record SimOrder(
    string Id,
    string Text,
    string AccountKey,
    string AccountType,
    string CurrencyPair,
    string Type,
    string Side,
    string TimeInForce,
    decimal Amount,
    decimal Price,
    decimal Left,
    decimal FilledAmount,
    decimal FilledTotal,
    decimal AvgDealPrice,
    decimal Fee,
    string FeeCurrency,
    decimal PointFee,
    decimal GtFee,
    bool GtDiscount,
    string Status,
    string FinishAs,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    DateTimeOffset? FinishTime);
