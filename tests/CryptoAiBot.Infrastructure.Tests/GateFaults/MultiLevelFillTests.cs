using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// Market orders larger than the best level fill across several levels, one Gate trade per level. The bot books one
/// fill per trade, and its position and cash are the trades net of fees to the last decimal: the buy's fee is taken
/// in BTC (credited net), the sell's in USDT.
/// </summary>
public sealed class MultiLevelFillTests
{
    [Fact]
    public async Task A_buy_and_a_sell_through_several_levels_book_every_trade_net_of_its_fee()
    {
        await using var rig = await GateFaultRig.StartAsync();

        // 0.01 BTC a level: 2,500 USDT takes four asks and part of a fifth.
        var buy = await rig.BuyAsync(2_500m);

        Assert.Equal(TradeOutcomeKind.Executed, buy.Kind);
        var bought = await LedgerAssert.MatchesSimulatorAsync(rig, buy.Order!.ClientOrderId);
        Assert.Equal(5, rig.SimTrades(bought.Id).Count);
        Assert.Equal([60_006m, 60_036m, 60_066m, 60_096m, 60_126m], rig.SimTrades(bought.Id).Select(t => t.Price).Order());
        await LedgerAssert.PositionMatchesTradesAsync(rig);

        var sell = await rig.SellAllAsync();

        Assert.Equal(TradeOutcomeKind.Executed, sell.Kind);
        Assert.Equal(OrderStatus.Filled, sell.Order!.Status);
        var sold = await LedgerAssert.MatchesSimulatorAsync(rig, sell.Order.ClientOrderId);
        Assert.Equal(5, rig.SimTrades(sold.Id).Count);
        Assert.Equal([59_874m, 59_904m, 59_934m, 59_964m, 59_994m], rig.SimTrades(sold.Id).Select(t => t.Price).Order());
        await LedgerAssert.PositionMatchesTradesAsync(rig);

        // Cash from the bot's fills alone equals the exchange's USDT balance; fees per asset equal the trades'.
        var fills = await rig.Store.GetFillsAsync(GateFaultRig.Btc, CancellationToken.None);
        var cash = 100_000m - fills.Where(f => f.Side == OrderSide.Buy).Sum(f => f.Notional)
            + fills.Where(f => f.Side == OrderSide.Sell).Sum(f => f.Notional - f.Fee);
        Assert.Equal(rig.Ledger.Balance("USDT").Available, cash);
        var position = await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None);
        Assert.Equal(rig.Ledger.FeesPaid["BTC"], position.FeesByAsset["BTC"]);
        Assert.Equal(rig.Ledger.FeesPaid["USDT"], position.FeesByAsset["USDT"]);
        Assert.True(position.IsFlat || position.Quantity < 0.000001m, $"left {position.Quantity} BTC, more than the amount precision");
    }
}
