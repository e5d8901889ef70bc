using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Our <see cref="Fill"/>s from Gate trades: one fill per trade, carrying the fee where Gate charged it — the received
/// coin (base on a buy, which the position then credits net of it; quote on a sell), or GT or POINT when those paid.
/// Should one trade report fees in more than one currency, each further currency becomes a zero-quantity fill with
/// trade id <c>{id}/{currency}</c>, so no fee is dropped and none is converted at a made-up rate.
/// </summary>
public static class GateFills
{
    public static IReadOnlyList<Fill> FromTrades(IEnumerable<GateTrade> trades, ClientOrderId clientOrderId)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var fills = new List<Fill>();
        foreach (var trade in trades.OrderBy(t => t.Time).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            var fees = trade.Fees;
            var (firstCurrency, firstFee) = fees.Count > 0 ? fees[0] : (GateFeeBook.Received(trade.Symbol, trade.Side, trade.FeeCurrency), 0m);
            fills.Add(new Fill(new TradeId(trade.Id), clientOrderId, trade.Symbol, trade.Side, trade.Price, trade.Amount, firstFee, firstCurrency, trade.Time));
            foreach (var (currency, fee) in fees.Skip(1))
            {
                fills.Add(new Fill(new TradeId($"{trade.Id}/{currency}"), clientOrderId, trade.Symbol, trade.Side, trade.Price, 0m, fee, currency, trade.Time));
            }
        }

        return fills;
    }

    /// <summary>
    /// Whether the trades account for everything the order reports as executed (base amount). Gate may list an
    /// order's trades a moment after the order shows them filled: until this is true, read the trades again rather
    /// than treat the order's totals as fills.
    /// </summary>
    public static bool CoverOrder(GateOrder order, IEnumerable<GateTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(trades);
        var traded = trades.Where(t => t.OrderId == order.Id).Sum(t => t.Amount);
        return traded >= order.FilledAmount;
    }

    /// <summary>Fees per currency over trades (GT and POINT as their own currencies).</summary>
    public static IReadOnlyDictionary<string, decimal> FeesByCurrency(IEnumerable<GateTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var fees = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (currency, fee) in trades.SelectMany(t => t.Fees))
        {
            GateFeeBook.Add(fees, currency, fee);
        }

        return fees;
    }
}
