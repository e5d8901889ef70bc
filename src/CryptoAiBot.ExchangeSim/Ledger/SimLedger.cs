namespace CryptoAiBot.ExchangeSim.Ledger;

/// <summary>
/// Everything the exchange knows about one account, to compare with a client's view to the last decimal.
/// <see cref="FeesPaid"/> sums every trade's fee by currency, GT and POINT deductions included.
/// </summary>
public sealed record SimLedger(
    string AccountKey,
    IReadOnlyList<SimBalance> Balances,
    IReadOnlyList<SimOrder> Orders,
    IReadOnlyList<SimTrade> Trades,
    IReadOnlyList<SimPriceOrder> PriceOrders,
    IReadOnlyDictionary<string, decimal> FeesPaid)
{
    public SimBalance Balance(string currency) =>
        Balances.FirstOrDefault(b => b.Currency == currency) ?? new SimBalance(currency, 0m, 0m);
}
