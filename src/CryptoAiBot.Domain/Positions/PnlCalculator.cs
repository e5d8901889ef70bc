using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Positions;

/// <summary>
/// Realized PnL over a period. FIFO needs the lots bought before the period, so the whole fill history
/// is folded and only what happened inside <c>[from, to)</c> is counted. A round trip closes when the
/// position falls to <c>dustQuantity</c> or below (the remainder precision leaves unsellable).
/// </summary>
public static class PnlCalculator
{
    public static PnlReport ForPeriod(Symbol symbol, IEnumerable<Fill> history, DateTimeOffset from, DateTimeOffset to, decimal dustQuantity = 0m)
    {
        var position = new Position(symbol, dustQuantity);
        decimal realized = 0m, fees = 0m, turnover = 0m;
        int fills = 0, roundTrips = 0, wins = 0;
        var orders = new HashSet<ClientOrderId>();

        foreach (var fill in history.Where(f => f.Symbol == symbol && f.Time < to)
                     .OrderBy(f => f.Time).ThenBy(f => f.TradeId.Value, StringComparer.Ordinal))
        {
            var outcome = position.Apply(fill);
            if (!outcome.Applied || fill.Time < from)
            {
                continue;
            }

            fills++;
            orders.Add(fill.ClientOrderId);
            turnover += fill.Notional;
            realized += outcome.RealizedPnl;
            fees += FeeInQuote(symbol, fill);
            if (outcome.ClosedRoundTrip is { } tripPnl)
            {
                roundTrips++;
                wins += tripPnl > 0 ? 1 : 0;
            }
        }

        return new PnlReport(symbol.ToString(), from, to, realized, fees, turnover, orders.Count, fills, roundTrips, wins);
    }

    /// <summary>The fee valued in quote: a base-coin fee at the fill price; third assets are not valued.</summary>
    public static decimal FeeInQuote(Symbol symbol, Fill fill) =>
        string.Equals(fill.FeeAsset, symbol.Quote, StringComparison.OrdinalIgnoreCase) ? fill.Fee
        : string.Equals(fill.FeeAsset, symbol.Base, StringComparison.OrdinalIgnoreCase) ? fill.Fee * fill.Price
        : 0m;
}
