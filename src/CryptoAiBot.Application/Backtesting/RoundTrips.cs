using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>Builds the trade list by folding a run's orders and fills, FIFO, exactly as positions are folded.</summary>
public static class RoundTrips
{
    public static IReadOnlyList<BacktestTrade> From(IEnumerable<Order> orders, decimal dustQuantity)
    {
        var trades = new List<BacktestTrade>();
        Position? position = null;
        long entryTime = 0;
        decimal boughtBase = 0m, boughtQuote = 0m, soldBase = 0m, soldQuote = 0m, fees = 0m;
        foreach (var order in orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.ClientOrderId.Value, StringComparer.Ordinal))
        {
            foreach (var fill in order.Fills)
            {
                position ??= new Position(fill.Symbol, dustQuantity);
                if (position.IsFlat && fill.Side == OrderSide.Buy)
                {
                    entryTime = fill.Time.ToUnixTimeMilliseconds();
                    boughtBase = boughtQuote = soldBase = soldQuote = fees = 0m;
                }

                var outcome = position.Apply(fill);
                fees += PnlCalculator.FeeInQuote(fill.Symbol, fill);
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

        return trades;
    }
}
