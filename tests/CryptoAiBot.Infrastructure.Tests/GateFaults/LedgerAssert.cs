using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>The bot's records compared with the simulator's ledger, to the last decimal.</summary>
internal static class LedgerAssert
{
    /// <summary>
    /// Exactly one order exists on the simulator for <paramref name="order"/>'s client order id, and the bot's record is
    /// that order: same exchange id, one fill per simulator trade with the same id, price, amount and fee.
    /// </summary>
    public static async Task<SimOrder> MatchesSimulatorAsync(GateFaultRig rig, ClientOrderId clientOrderId)
    {
        var order = await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None);
        Assert.NotNull(order);
        var simOrder = Assert.Single(rig.SimOrders(clientOrderId));
        Assert.Equal(simOrder.Id, order.ExchangeOrderId);
        var trades = rig.SimTrades(simOrder.Id);
        Assert.NotEmpty(trades);
        Assert.Equal(trades.Select(t => t.Id).Order(StringComparer.Ordinal), order.Fills.Select(f => f.TradeId.Value).Order(StringComparer.Ordinal));
        foreach (var trade in trades)
        {
            var fill = Assert.Single(order.Fills, f => f.TradeId.Value == trade.Id);
            Assert.Equal(trade.Price, fill.Price);
            Assert.Equal(trade.Amount, fill.Quantity);
            Assert.Equal(trade.Fee, fill.Fee);
            Assert.Equal(trade.FeeCurrency, fill.FeeAsset);
            Assert.Equal(trade.Side, fill.Side == OrderSide.Buy ? "buy" : "sell");
        }

        Assert.Equal(simOrder.FilledAmount, order.FilledBase);
        Assert.Equal(trades.Sum(t => t.Amount * t.Price), order.FilledQuote);
        var stored = await rig.Store.GetFillsAsync(GateFaultRig.Btc, CancellationToken.None);
        Assert.Equal(trades.Count, stored.Count(f => f.ClientOrderId == clientOrderId));
        return simOrder;
    }

    /// <summary>
    /// The position equals every simulator trade of the account net of fees: a buy credits its amount less the base fee,
    /// a sell debits its amount (its fee is in quote). Both the folded position and the stored snapshot are checked.
    /// </summary>
    public static async Task PositionMatchesTradesAsync(GateFaultRig rig)
    {
        var trades = rig.Ledger.Trades.Where(t => t.CurrencyPair == GateFaultRig.Pair).ToList();
        Assert.All(trades, t => Assert.Equal(t.Side == "buy" ? "BTC" : "USDT", t.FeeCurrency));
        var expected = trades.Sum(t => t.Side == "buy" ? t.Amount - t.Fee : -t.Amount);
        var position = await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None);
        Assert.Equal(expected, position.Quantity);
        Assert.Equal(trades.Count, position.AppliedFillCount);
        var snapshot = await rig.Store.GetPositionAsync(GateFaultRig.Btc, CancellationToken.None);
        Assert.NotNull(snapshot);
        Assert.Equal(expected, snapshot.Quantity);

        // What the exchange holds agrees: the account started without BTC.
        Assert.Equal(expected, rig.Ledger.Balance("BTC").Available);
    }
}
