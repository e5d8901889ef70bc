namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>The market of one pair: its rules, last price, prints and book.</summary>
internal sealed class PairMarket
{
    private readonly IPricePath _path;

    public PairMarket(SimPairOptions rules, GateSimulatorOptions options, IPricePath path, DateTimeOffset start)
    {
        Rules = rules;
        _path = path;
        Book = new OrderBook(rules, options);
        foreach (var point in path.History(start))
        {
            History.Add(point);
        }

        // The last price is a print too, so the running candle closes where the ticker says.
        MoveTo(path.StartPrice, 0m, start);
    }

    public SimPairOptions Rules { get; }

    public decimal Last { get; private set; }

    public PriceHistory History { get; } = new();

    public OrderBook Book { get; }

    /// <summary>One step of the price path.</summary>
    public void Step(DateTimeOffset now)
    {
        var (price, volume) = _path.Next(Last);
        MoveTo(price, volume, now);
    }

    public void MoveTo(decimal price, decimal volume, DateTimeOffset now)
    {
        Last = price;
        History.Add(new PricePoint(now, price, volume));
        Book.Rebuild(price, now);
    }
}
