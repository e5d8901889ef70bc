using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Positions;

/// <summary>
/// A long position folded from fills, FIFO. Invariants:
/// <list type="bullet">
/// <item>Each trade id is applied once; a repeat is ignored.</item>
/// <item>A buy whose fee is in the base coin credits <c>quantity − fee</c>; a quote fee adds to the lot's cost.</item>
/// <item>A sell consumes the oldest lots first; its realized PnL is proceeds net of a quote fee minus the
/// consumed cost (which carries the buy fee). A sell fee in the base coin consumes that much more base.</item>
/// <item>Fees in a third asset (GT, POINT) are tallied per asset but not converted into PnL.</item>
/// </list>
/// One writer per symbol: this type is not thread-safe by design.
/// </summary>
public sealed class Position
{
    private readonly LotQueue _lots = new();
    private readonly HashSet<TradeId> _applied = [];
    private readonly Dictionary<string, decimal> _fees = new(StringComparer.Ordinal);
    private decimal _roundTripPnl;

    /// <param name="symbol">The market.</param>
    /// <param name="dustQuantity">A remainder at or below this counts as flat (what precision leaves behind).</param>
    /// <param name="unsellableBelow">
    /// A remainder below this counts as flat too: the instrument's smallest sellable amount (one lot, or the minimum
    /// order if larger), so a fee charged in the base coin can never leave a position that cannot be sold nor left.
    /// </param>
    public Position(Symbol symbol, decimal dustQuantity = 0m, decimal unsellableBelow = 0m)
    {
        Symbol = symbol;
        DustQuantity = dustQuantity;
        UnsellableBelow = unsellableBelow;
    }

    public Symbol Symbol { get; }

    public decimal DustQuantity { get; }

    public decimal UnsellableBelow { get; }

    public decimal Quantity { get; private set; }

    public decimal Cost { get; private set; }

    public decimal RealizedPnl { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? LastFillAt { get; private set; }

    public decimal AverageEntryPrice => Quantity > 0 ? Cost / Quantity : 0m;

    public bool IsFlat => Quantity <= DustQuantity || Quantity < UnsellableBelow;

    public IReadOnlyDictionary<string, decimal> FeesByAsset => _fees;

    public IReadOnlyCollection<Lot> Lots => _lots;

    public int AppliedFillCount => _applied.Count;

    /// <summary>Folds fills in time order into a new position.</summary>
    public static Position FromFills(Symbol symbol, IEnumerable<Fill> fills, decimal dustQuantity = 0m, decimal unsellableBelow = 0m)
    {
        var position = new Position(symbol, dustQuantity, unsellableBelow);
        foreach (var fill in fills.OrderBy(f => f.Time).ThenBy(f => f.TradeId.Value, StringComparer.Ordinal))
        {
            position.Apply(fill);
        }

        return position;
    }

    public bool HasApplied(TradeId tradeId) => _applied.Contains(tradeId);

    public FillOutcome Apply(Fill fill)
    {
        if (fill.Symbol != Symbol)
        {
            throw new ArgumentException($"Fill {fill.TradeId} is for {fill.Symbol}, not {Symbol}.", nameof(fill));
        }

        if (!_applied.Add(fill.TradeId))
        {
            return FillOutcome.Ignored;
        }

        if (fill.Fee != 0)
        {
            var asset = fill.FeeAsset.ToUpperInvariant();
            _fees[asset] = _fees.GetValueOrDefault(asset) + fill.Fee;
        }

        LastFillAt = fill.Time;
        return fill.Side == OrderSide.Buy ? ApplyBuy(fill) : ApplySell(fill);
    }

    private FillOutcome ApplyBuy(Fill fill)
    {
        var credited = fill.Quantity;
        var cost = fill.Notional;
        if (IsBase(fill.FeeAsset))
        {
            credited -= fill.Fee;
        }
        else if (IsQuote(fill.FeeAsset))
        {
            cost += fill.Fee;
        }

        if (credited > 0)
        {
            if (IsFlat)
            {
                OpenedAt = fill.Time;
            }

            _lots.Enqueue(new Lot(credited, cost, fill.Time));
            Quantity += credited;
            Cost += cost;
        }

        return new FillOutcome(true, 0m, null, 0m);
    }

    private FillOutcome ApplySell(Fill fill)
    {
        var wasOpen = !IsFlat;
        var toConsume = fill.Quantity + (IsBase(fill.FeeAsset) ? fill.Fee : 0m);
        var proceeds = fill.Notional - (IsQuote(fill.FeeAsset) ? fill.Fee : 0m);
        var consumedCost = 0m;
        var remaining = toConsume;

        while (remaining > 0 && _lots.Count > 0)
        {
            var lot = _lots.Head;
            if (lot.Quantity <= remaining)
            {
                _lots.DequeueHead();
                consumedCost += lot.Cost;
                remaining -= lot.Quantity;
            }
            else
            {
                var partCost = lot.Cost * remaining / lot.Quantity;
                consumedCost += partCost;
                _lots.ReplaceHead(lot with { Quantity = lot.Quantity - remaining, Cost = lot.Cost - partCost });
                remaining = 0;
            }
        }

        // Proceeds of base we never held (drift) have no cost basis; only the matched part is profit.
        var matchedProceeds = toConsume > 0 ? proceeds * (toConsume - remaining) / toConsume : 0m;
        var realized = matchedProceeds - consumedCost;
        (Quantity, Cost) = LotTotals();
        RealizedPnl += realized;
        _roundTripPnl += realized;

        // Only a sell that takes an open position to flat ends a round trip; selling leftover dust does not.
        decimal? closed = null;
        if (IsFlat && wasOpen)
        {
            closed = _roundTripPnl;
            _roundTripPnl = 0m;
            OpenedAt = null;
        }
        else if (IsFlat)
        {
            // Dust sold while flat is realized, but belongs to no round trip.
            _roundTripPnl = 0m;
            OpenedAt = null;
        }

        return new FillOutcome(true, realized, closed, remaining);
    }

    /// <summary>Sums the remaining lots in queue order, as a fold would (so the decimals come out identical).</summary>
    private (decimal Quantity, decimal Cost) LotTotals()
    {
        decimal quantity = 0m, cost = 0m;
        foreach (var lot in _lots)
        {
            quantity += lot.Quantity;
            cost += lot.Cost;
        }

        return (quantity, cost);
    }

    private bool IsBase(string asset) => string.Equals(asset, Symbol.Base, StringComparison.OrdinalIgnoreCase);

    private bool IsQuote(string asset) => string.Equals(asset, Symbol.Quote, StringComparison.OrdinalIgnoreCase);
}
