namespace CryptoAiBot.ExchangeSim.Ledger;

/// <summary>One fill of an order. <see cref="Amount"/> is base; the fee is in <see cref="FeeCurrency"/>, or in POINT/GT when deducted there.</summary>
public sealed record SimTrade(
    string Id,
    string OrderId,
    string Text,
    string AccountKey,
    string CurrencyPair,
    string Side,
    string Role,
    decimal Amount,
    decimal Price,
    decimal Fee,
    string FeeCurrency,
    decimal PointFee,
    decimal GtFee,
    DateTimeOffset Time,
    long SequenceId);
