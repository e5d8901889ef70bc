namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>A spot account: balances kept as exact decimals, changed only through these methods so <see cref="UpdateId"/> follows every change.</summary>
internal sealed class SimAccount
{
    private readonly SortedDictionary<string, Balance> _balances = new(StringComparer.Ordinal);

    public SimAccount(SimAccountOptions options)
    {
        Options = options;
        GtDeduction = options.GtDeduction;
        foreach (var (currency, amount) in options.Balances)
        {
            Credit(currency, amount);
        }
    }

    public SimAccountOptions Options { get; }

    public string Key => Options.Key;

    public bool GtDeduction { get; set; }

    public long UpdateId { get; private set; }

    public IEnumerable<KeyValuePair<string, Balance>> Balances => _balances;

    public decimal Available(string currency) => _balances.TryGetValue(currency, out var balance) ? balance.Available : 0m;

    public void Credit(string currency, decimal amount) => Change(currency, amount, 0m);

    public void Debit(string currency, decimal amount) => Change(currency, -amount, 0m);

    public void Lock(string currency, decimal amount) => Change(currency, -amount, amount);

    public void Unlock(string currency, decimal amount) => Change(currency, amount, -amount);

    /// <summary>Locked funds leave the account (a fill of a resting order).</summary>
    public void SpendLocked(string currency, decimal amount) => Change(currency, 0m, -amount);

    private void Change(string currency, decimal available, decimal locked)
    {
        if (!_balances.TryGetValue(currency, out var balance))
        {
            balance = new Balance();
            _balances[currency] = balance;
        }

        balance.Available += available;
        balance.Locked += locked;
        UpdateId++;
    }
}
