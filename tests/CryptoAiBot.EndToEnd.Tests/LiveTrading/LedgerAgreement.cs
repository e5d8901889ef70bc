using System.Globalization;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Testing;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// What the live bot's books must share with the exchange's own ledger, to the last decimal: the same orders, one
/// fill per exchange trade with its price, amount and fee, the position and balances the trades leave, and the
/// realized PnL and fees they imply.
/// </summary>
internal static class LedgerAgreement
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Every trade of the account is a fill of ours and nothing else is: same id, order, side, price, amount, fee and fee currency.</summary>
    public static async Task FillsAreTheTradesAsync(LiveSimulatorRig rig)
    {
        var ledger = rig.Ledger;
        var fills = await rig.Store.GetFillsAsync(LiveSimulatorRig.Symbol, None);
        var orders = await rig.Store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, None);
        var exchangeIdOf = orders.ToDictionary(o => o.ClientOrderId, o => o.ExchangeOrderId);

        Assert.Equal(ledger.Trades.Count, fills.Count);
        foreach (var trade in ledger.Trades)
        {
            var fill = Assert.Single(fills, f => f.TradeId.Value == trade.Id);
            Assert.Equal(trade.OrderId, exchangeIdOf[fill.ClientOrderId]);
            Assert.Equal(trade.Side, fill.Side == OrderSide.Buy ? "buy" : "sell");
            Assert.Equal(trade.Price, fill.Price);
            Assert.Equal(trade.Amount, fill.Quantity);
            Assert.Equal(trade.Fee, fill.Fee);
            Assert.Equal(trade.FeeCurrency, fill.FeeAsset);
        }

        Assert.Equal(ledger.Orders.Select(o => o.Id).Order(), orders.Select(o => o.ExchangeOrderId).Order());
        Assert.All(orders, o => Assert.Equal(OrderStatus.Filled, o.Status));
    }

    /// <summary>
    /// The stop the bot recorded rests on the exchange as a price-triggered market sell of the position's sellable
    /// base at the bot's stop level (the tighter of hard and trailing stop, floored to the price tick); returns it.
    /// </summary>
    public static async Task<SimPriceOrder> StopRestsAtTheBotsLevelAsync(LiveSimulatorRig rig, ExchangeStop stop)
    {
        var exit = await rig.Store.GetProtectiveExitAsync(LiveSimulatorRig.Symbol, None);
        var position = await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, None);
        var rules = (await rig.Broker.GetInstrumentRulesAsync(LiveSimulatorRig.Symbol, None)).Value;
        Assert.NotNull(exit);
        Assert.NotNull(position);
        var level = Math.Max(
            StopLevels.StopPrice(exit.EntryPrice, exit.StopLossPct) ?? 0m, StopLevels.TrailingStopPrice(exit.HighestPrice, exit.TrailingPct) ?? 0m);

        var open = Assert.Single(rig.Ledger.PriceOrders, o => o.Status == "open");
        Assert.Equal(stop.StopId, open.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rules.FloorPrice(level), stop.TriggerPrice);
        Assert.Equal(stop.TriggerPrice, open.TriggerPrice);
        Assert.Equal(rules.FloorAmount(position.Quantity), stop.BaseAmount);
        Assert.Equal(stop.BaseAmount, open.PutAmount);
        Assert.Equal(("<=", "market", "sell", "ioc"), (open.Rule, open.PutType, open.PutSide, open.PutTimeInForce));
        return open;
    }

    /// <summary>
    /// After the round trip: flat with nothing resting on the exchange, fills equal to the trades, the position and every
    /// balance equal to the exchange's, and realized PnL and fees what the two trades imply (FIFO, fees included).
    /// </summary>
    public static async Task BooksEqualTheLedgerAsync(LiveSimulatorRig rig, decimal startQuote)
    {
        await FillsAreTheTradesAsync(rig);
        var ledger = rig.Ledger;
        var buy = Assert.Single(ledger.Trades, t => t.Side == "buy");
        var sell = Assert.Single(ledger.Trades, t => t.Side == "sell");
        Assert.Equal(("BTC", "USDT"), (buy.FeeCurrency, sell.FeeCurrency));

        Assert.DoesNotContain(ledger.PriceOrders, o => o.Status == "open");
        Assert.Null(await rig.Store.GetExchangeStopAsync(LiveSimulatorRig.Symbol, None));

        // What the trades leave on the account, and what the exchange says it holds.
        var heldBase = buy.Amount - buy.Fee - sell.Amount;
        Assert.Equal(heldBase, ledger.Balance("BTC").Available + ledger.Balance("BTC").Locked);
        var rules = (await rig.Broker.GetInstrumentRulesAsync(LiveSimulatorRig.Symbol, None)).Value;
        Assert.Equal(0m, rules.FloorAmount(heldBase)); // flat: what is left is below one amount step, as the base fee leaves it
        Assert.Equal(startQuote - (buy.Price * buy.Amount) + (sell.Price * sell.Amount) - sell.Fee, ledger.Balance("USDT").Available + ledger.Balance("USDT").Locked);
        Assert.Equal(new Dictionary<string, decimal> { ["BTC"] = buy.Fee, ["USDT"] = sell.Fee }, ledger.FeesPaid);

        // One lot (the buy net of its base fee, at its full quote cost), partly or wholly consumed by the sell.
        var lotQuantity = buy.Amount - buy.Fee;
        var lotCost = buy.Price * buy.Amount;
        var soldCost = sell.Amount >= lotQuantity ? lotCost : lotCost * sell.Amount / lotQuantity;
        var realized = (sell.Price * sell.Amount) - sell.Fee - soldCost;

        var position = await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, None);
        Assert.NotNull(position);
        Assert.Equal(heldBase, position.Quantity);
        Assert.Equal(realized, position.RealizedPnl);
        var status = await rig.StatusAsync();
        Assert.Equal(heldBase, status.GetProperty("position_base").GetDecimal());
        Assert.Equal(realized, status.GetProperty("realized_pnl").GetDecimal());
        var pnl = await rig.Bot.Client.GetJsonAsync("/pnl/today?symbol=" + LiveSimulatorRig.Symbol);
        Assert.Equal(realized, pnl.GetProperty("realized_pnl_quote").GetDecimal());
        Assert.Equal((buy.Fee * buy.Price) + sell.Fee, pnl.GetProperty("fees_quote").GetDecimal());
        Assert.Equal(1, pnl.GetProperty("closed_round_trips").GetInt32());

        // The bot's view of the account (GET /spot/accounts through its broker) is the ledger's, currency by currency.
        var balances = await rig.Broker.GetBalancesAsync(None);
        Assert.True(balances.IsSuccess, balances.Error?.Message);
        Assert.Equal(
            ledger.Balances.Where(b => b.Available + b.Locked != 0m).Select(b => (b.Currency, b.Available, b.Locked)).OrderBy(b => b.Currency),
            balances.Value.Where(b => b.Total != 0m).Select(b => (b.Asset, b.Free, b.Locked)).OrderBy(b => b.Asset));

        Assert.Equal("running", status.GetProperty("state").GetString());
        Assert.Empty(status.GetProperty("loop_failures").EnumerateObject());
    }

    /// <summary>
    /// The end check of every fault row, whatever path the orders took: every local order is terminal; the exchange
    /// holds exactly one order per client text and each exchange order is exactly one local order (same id, amount
    /// filled); an order that never reached the exchange was closed as rejected; every exchange trade is one fill with
    /// its price, amount and fee; the position is the exchange's BTC balance and the fills' net amount; the USDT balance
    /// is what the fills leave of <paramref name="startQuote"/>; the broker's balances are the ledger's; and the stop on
    /// record is the one price order resting on the exchange (none when none is on record).
    /// </summary>
    public static async Task<ExchangeAgreement> StateEqualsTheExchangeAsync(LiveSimulatorRig rig, decimal startQuote)
    {
        var ledger = rig.Ledger;
        var orders = await rig.Store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, None);
        var fills = await rig.Store.GetFillsAsync(LiveSimulatorRig.Symbol, None);

        Assert.All(orders, o => Assert.True(o.IsTerminal, $"{o.ClientOrderId} is still {o.Status}"));
        Assert.All(orders.Where(o => o.ExchangeOrderId is null), o => Assert.Equal(OrderStatus.Rejected, o.Status));
        Assert.DoesNotContain(ledger.Orders, o => o.Status == "open");

        // No duplicate: one exchange order per client text, and it is the one our record names.
        foreach (var sent in ledger.Orders.Where(o => o.Text.StartsWith(GateClientOrderText.Prefix, StringComparison.Ordinal)).GroupBy(o => o.Text))
        {
            var order = Assert.Single(sent);
            var ours = Assert.Single(orders, o => GateClientOrderText.Prefix + o.ClientOrderId.Value == order.Text);
            Assert.Equal(order.Id, ours.ExchangeOrderId);
        }

        // The same orders on both sides (a stop's sell included), each with what it filled.
        Assert.Equal(ledger.Orders.Select(o => o.Id).Order(StringComparer.Ordinal), orders.Where(o => o.ExchangeOrderId is not null).Select(o => o.ExchangeOrderId!).Order(StringComparer.Ordinal));
        foreach (var order in ledger.Orders)
        {
            var ours = Assert.Single(orders, o => o.ExchangeOrderId == order.Id);
            Assert.Equal((order.Side, order.FilledAmount), (ours.Side.Lowercase(), ours.FilledBase));
            // Cancelled on the exchange (a stalled remainder), or closed without a fill: cancelled here, whatever it filled first.
            Assert.Equal(order.Status == "cancelled" || order.FilledAmount == 0m ? OrderStatus.Canceled : OrderStatus.Filled, ours.Status);
        }

        // Every trade exactly once.
        var exchangeIdOf = orders.ToDictionary(o => o.ClientOrderId, o => o.ExchangeOrderId);
        Assert.Equal(ledger.Trades.Select(t => t.Id).Order(StringComparer.Ordinal), fills.Select(f => f.TradeId.Value).Order(StringComparer.Ordinal));
        foreach (var trade in ledger.Trades)
        {
            var fill = Assert.Single(fills, f => f.TradeId.Value == trade.Id);
            Assert.Equal(trade.OrderId, exchangeIdOf[fill.ClientOrderId]);
            Assert.Equal((trade.Side, trade.Price, trade.Amount, trade.Fee, trade.FeeCurrency), (fill.Side.Lowercase(), fill.Price, fill.Quantity, fill.Fee, fill.FeeAsset));
        }

        // Position and cash: what the fills leave equals what the exchange holds (the account starts with USDT only).
        var heldBase = fills.Sum(f => f.Side == OrderSide.Buy ? f.Quantity - (f.FeeAsset == "BTC" ? f.Fee : 0m) : -f.Quantity);
        var cash = startQuote + fills.Sum(f => f.Side == OrderSide.Buy ? -f.Notional : f.Notional - (f.FeeAsset == "USDT" ? f.Fee : 0m));
        Assert.Equal(heldBase, ledger.Balance("BTC").Available + ledger.Balance("BTC").Locked);
        Assert.Equal(cash, ledger.Balance("USDT").Available + ledger.Balance("USDT").Locked);
        var position = await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, None);
        Assert.Equal(heldBase, position?.Quantity ?? 0m);
        Assert.Equal(heldBase, (await rig.StatusAsync()).GetProperty("position_base").GetDecimal());

        var balances = await ClockNudges.AwaitAsync(rig, rig.Broker.GetBalancesAsync(None).AsTask(), "the broker's balance read");
        Assert.True(balances.IsSuccess, balances.Error?.Message);
        Assert.Equal(
            ledger.Balances.Where(b => b.Available + b.Locked != 0m).Select(b => (b.Currency, b.Available, b.Locked)).OrderBy(b => b.Currency, StringComparer.Ordinal),
            balances.Value.Where(b => b.Total != 0m).Select(b => (b.Asset, b.Free, b.Locked)).OrderBy(b => b.Asset, StringComparer.Ordinal));

        // The protective stop: the one on record rests on the exchange, and nothing else does.
        var stop = await rig.Store.GetExchangeStopAsync(LiveSimulatorRig.Symbol, None);
        var resting = ledger.PriceOrders.Where(o => o.Status == "open").ToList();
        if (stop is null)
        {
            Assert.Empty(resting);
        }
        else
        {
            Assert.Equal(stop.StopId, Assert.Single(resting).Id.ToString(CultureInfo.InvariantCulture));
        }

        return new ExchangeAgreement(
            ledger.Orders.Count, orders.Count, ledger.Trades.Count, [.. orders.OrderBy(o => o.CreatedAt).Select(o => o.Status.ToString())], heldBase, stop is not null);
    }
}
