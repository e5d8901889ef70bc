using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim;

/// <summary>What tests and the <c>/_sim/</c> endpoints may do to the running exchange: move prices, fund accounts, read the ledger, set faults.</summary>
internal sealed class SimControl(SimExchange exchange, FaultInjector faults)
{
    public FaultInjector Faults { get; } = faults;

    public GateResult<decimal> LastPrice(string pair) =>
        exchange.Run(() => exchange.Markets.TryGetValue(pair, out var market) ? market.Last : (GateResult<decimal>)GateError.InvalidPair(pair));

    public GateResult<decimal> SetPrice(string pair, decimal price) => exchange.Run<GateResult<decimal>>(() =>
    {
        if (!exchange.Markets.TryGetValue(pair, out var market))
        {
            return GateError.InvalidPair(pair);
        }

        if (price <= 0 || Market.Precision.Places(price) > market.Rules.Precision)
        {
            return GateError.InvalidParam("price", price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        exchange.SetPrice(market, price);
        return market.Last;
    });

    public GateResult<decimal> Advance(string pair, int steps) => exchange.Run<GateResult<decimal>>(() =>
    {
        if (!exchange.Markets.TryGetValue(pair, out var market))
        {
            return GateError.InvalidPair(pair);
        }

        if (steps is < 1 or > 100_000)
        {
            return GateError.InvalidParam("steps", steps.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        exchange.Step(market, steps);
        return market.Last;
    });

    /// <summary>Adds to (or, negative, takes from) the available balance.</summary>
    public GateResult<SimBalance> Fund(string key, string currency, decimal amount) => exchange.Run<GateResult<SimBalance>>(() =>
    {
        if (exchange.Account(key) is not { } account)
        {
            return UnknownAccount(key);
        }

        if (account.Available(currency) + amount < 0)
        {
            return GateError.BalanceNotEnough;
        }

        account.Credit(currency, amount);
        return exchange.Ledger(account).Balance(currency);
    });

    public GateResult<bool> SetGtDeduction(string key, bool enabled) => exchange.Run<GateResult<bool>>(() =>
    {
        if (exchange.Account(key) is not { } account)
        {
            return UnknownAccount(key);
        }

        account.GtDeduction = enabled;
        return enabled;
    });

    public GateResult<SimLedger> Ledger(string key) =>
        exchange.Run(() => exchange.Account(key) is { } account ? exchange.Ledger(account) : (GateResult<SimLedger>)UnknownAccount(key));

    private static GateError UnknownAccount(string key) => new(404, "NOT_FOUND", $"No account with key {key}");
}
