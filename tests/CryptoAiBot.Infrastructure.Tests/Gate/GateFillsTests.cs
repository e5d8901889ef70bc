using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Infrastructure.Gate;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Trades into our fills: one per trade, fees where Gate charged them, GT and POINT kept as their own currencies.</summary>
public sealed class GateFillsTests
{
    private static readonly Symbol Ltc = Symbol.Parse("LTC/USDT");
    private static readonly ClientOrderId Id = new("buy-1");
    private static readonly DateTimeOffset T = DateTimeOffset.FromUnixTimeMilliseconds(1706382263841);

    [Fact]
    public void The_recorded_market_buy_becomes_fills_with_the_fee_in_the_bought_coin()
    {
        var trades = GateTradeParser.ParseList(GateFixtures.Response("fetchMyTrades#0: Spot trade").GetProperty("httpResponse"), Ltc);

        var fills = GateFills.FromTrades(trades, Id);

        Assert.Equal(["7342180136", "7342180137"], fills.Select(f => f.TradeId.Value));
        Assert.Equal([(0.0485m, 68.01m, 0.000097m, "LTC"), (0.025m, 68.02m, 0.000050m, "LTC")], fills.Select(f => (f.Quantity, f.Price, f.Fee, f.FeeAsset)));
        Assert.Equal(new Dictionary<string, decimal> { ["LTC"] = 0.000147m }, GateFills.FeesByCurrency(trades));

        // The position credits what was bought net of the fee taken from it.
        Assert.Equal(0.0735m - 0.000147m, Position.FromFills(Ltc, fills).Quantity);
    }

    [Fact]
    public void Gt_and_point_fees_stay_in_their_own_currencies_and_a_second_fee_is_its_own_zero_quantity_fill()
    {
        var gt = Trade("1", fee: 0m, gtFee: 0.0012m);
        var point = Trade("2", fee: 0m, pointFee: 0.3m);
        var both = Trade("3", fee: 0.0001m, gtFee: 0.0005m);

        var fills = GateFills.FromTrades([both, point, gt], Id);

        Assert.Equal(
            [("1", 1m, 0.0012m, "GT"), ("2", 1m, 0.3m, "POINT"), ("3", 1m, 0.0001m, "LTC"), ("3/GT", 0m, 0.0005m, "GT")],
            fills.Select(f => (f.TradeId.Value, f.Quantity, f.Fee, f.FeeAsset)));
        Assert.Equal(new Dictionary<string, decimal> { ["GT"] = 0.0017m, ["POINT"] = 0.3m, ["LTC"] = 0.0001m }, GateFills.FeesByCurrency([gt, point, both]));
    }

    [Fact]
    public void Trades_cover_an_order_only_once_they_add_up_to_its_filled_amount()
    {
        var order = GateOrderParser.ParseList(GateFixtures.Response("fetchClosedOrders#0: spot closed orders").GetProperty("httpResponse"))[0];
        var trades = GateTradeParser.ParseList(GateFixtures.Response("fetchMyTrades#0: Spot trade").GetProperty("httpResponse"), Ltc);

        Assert.True(GateFills.CoverOrder(order, trades));
        Assert.False(GateFills.CoverOrder(order, trades.Take(1)));
    }

    private static GateTrade Trade(string id, decimal fee, decimal gtFee = 0m, decimal pointFee = 0m) =>
        new(id, "o1", Ltc, OrderSide.Buy, GateTradeRole.Taker, 1m, 70m, fee, "LTC", pointFee, gtFee, T.AddMilliseconds(int.Parse(id)), null);
}
