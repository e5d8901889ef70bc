using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Builds the trade list by folding a run's orders and fills, FIFO, exactly as positions are folded, and totals
/// the fees of every fill on the way (those of a position still open included).
/// </summary>
public static class RoundTrips
{
    public static (IReadOnlyList<BacktestTrade> Trades, decimal Fees) From(IReadOnlyList<Order> orders, decimal dustQuantity)
    {
        ArgumentNullException.ThrowIfNull(orders);

        // Stores return orders by creation (time, then client order id): sorting again is needed only when they are not.
        var sorted = InCreationOrder(orders) ? orders
            : orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.ClientOrderId.Value, StringComparer.Ordinal).ToArray();
        var trades = new List<BacktestTrade>();
        Position? position = null;
        long entryTime = 0;
        decimal boughtBase = 0m, boughtQuote = 0m, soldBase = 0m, soldQuote = 0m, fees = 0m, allFees = 0m;
        for (var o = 0; o < sorted.Count; o++)
        {
            var order = sorted[o];
            var fills = order.Fills;
            for (var f = 0; f < fills.Count; f++)
            {
                var fill = fills[f];
                position ??= new Position(fill.Symbol, dustQuantity);
                if (position.IsFlat && fill.Side == OrderSide.Buy)
                {
                    entryTime = fill.Time.ToUnixTimeMilliseconds();
                    boughtBase = boughtQuote = soldBase = soldQuote = fees = 0m;
                }

                var outcome = position.Apply(fill);
                var fee = PnlCalculator.FeeInQuote(fill.Symbol, fill);
                fees += fee;
                allFees += fee;
                if (fill.Side == OrderSide.Buy)
                {
                    boughtBase += fill.Quantity;
                    boughtQuote += fill.Notional;
                }
                else
                {
                    soldBase += fill.Quantity;
                    soldQuote += fill.Notional;
                }

                if (outcome.ClosedRoundTrip is { } pnl && boughtBase > 0 && soldBase > 0)
                {
                    trades.Add(new BacktestTrade(
                        entryTime, fill.Time.ToUnixTimeMilliseconds(), boughtQuote / boughtBase, soldQuote / soldBase, boughtBase, pnl, fees, order.Intent));
                }
            }
        }

        return (trades, allFees);
    }

    private static bool InCreationOrder(IReadOnlyList<Order> orders)
    {
        for (var i = 1; i < orders.Count; i++)
        {
            var (previous, next) = (orders[i - 1], orders[i]);
            var byTime = previous.CreatedAt.CompareTo(next.CreatedAt);
            if (byTime > 0 || (byTime == 0 && string.CompareOrdinal(previous.ClientOrderId.Value, next.ClientOrderId.Value) > 0))
            {
                return false;
            }
        }

        return true;
    }
}
