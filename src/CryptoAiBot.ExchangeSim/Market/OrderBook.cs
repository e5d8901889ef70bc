namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>
/// The book around the last price: <c>Depth</c> levels a side, best bid/ask half the spread away (rounded
/// outwards to the tick, never crossed), levels <c>LevelStep</c> apart, each offering the pair's level size.
/// It is rebuilt whenever the price moves; liquidity taken in between stays taken.
/// </summary>
internal sealed class OrderBook(SimPairOptions pair, GateSimulatorOptions options)
{
    private readonly List<BookLevel> _asks = [];
    private readonly List<BookLevel> _bids = [];

    /// <summary>Grows on every change; served as <c>id</c> with <c>with_id=true</c>.</summary>
    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Ascending; empty levels are removed.</summary>
    public IReadOnlyList<BookLevel> Asks => _asks;

    /// <summary>Descending; empty levels are removed.</summary>
    public IReadOnlyList<BookLevel> Bids => _bids;

    public void Rebuild(decimal last, DateTimeOffset now)
    {
        var tick = Precision.Tick(pair.Precision);
        var halfSpread = options.Spread / 2;
        var bestBid = Precision.Floor(last * (1 - halfSpread), pair.Precision);
        var bestAsk = Precision.Ceiling(last * (1 + halfSpread), pair.Precision);
        if (bestAsk <= bestBid)
        {
            bestAsk = bestBid + tick;
        }

        var step = Math.Max(tick, Math.Round(last * options.LevelStep, pair.Precision));
        var size = Precision.Floor(pair.LevelSize, pair.AmountPrecision);
        _asks.Clear();
        _bids.Clear();
        for (var i = 0; i < options.Depth; i++)
        {
            _asks.Add(new BookLevel(bestAsk + (i * step), size));
            var bid = bestBid - (i * step);
            if (bid > 0)
            {
                _bids.Add(new BookLevel(bid, size));
            }
        }

        Touch(now);
    }

    /// <summary>Takes <paramref name="amount"/> from the level (it must hold that much); drops it when empty.</summary>
    public void Take(BookLevel level, decimal amount, DateTimeOffset now)
    {
        level.Amount -= amount;
        if (level.Amount <= 0)
        {
            _asks.Remove(level);
            _bids.Remove(level);
        }

        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
