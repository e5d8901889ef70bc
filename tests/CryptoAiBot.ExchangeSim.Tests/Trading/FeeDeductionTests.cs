using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

/// <summary>GT first when enabled and sufficient, then POINT, then the received coin (facts §7).</summary>
public sealed class FeeDeductionTests
{
    [Fact]
    public async Task Gt_deduction_pays_the_discounted_fee_in_gt_and_nothing_in_the_coin()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.Fund(SimRig.Key, "GT", 5m);
        rig.Simulator.SetGtDeduction(SimRig.Key, true);

        var order = (await rig.PlaceAsync("sell", "0.05", type: "market")).Json;

        // 0.05 × 59994 = 2999.7 USDT; fee 0.2 % = 5.9994 USDT; 10 % off, GT at 10 USDT → 0.53994600 GT.
        Assert.Equal((0m, 0.539946m, true), (order.Dec("fee"), order.Dec("gt_fee"), order.GetProperty("gt_discount").GetBoolean()));
        Assert.Equal(0.0018m, order.Dec("gt_taker_fee"));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal(5m - 0.539946m, ledger.Balance("GT").Available);
        Assert.Equal(100_000m + 2999.7m, ledger.Balance("USDT").Available);
        Assert.Equal(0.539946m, ledger.FeesPaid["GT"]);
    }

    [Fact]
    public async Task Points_pay_the_fee_when_gt_is_off_or_short()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.Fund(SimRig.Key, "GT", 0.1m);
        rig.Simulator.Fund(SimRig.Key, "POINT", 100m);
        rig.Simulator.SetGtDeduction(SimRig.Key, true);

        var order = (await rig.PlaceAsync("buy", "0.05", "60006")).Json;

        Assert.Equal((0m, 0m, 6.0006m), (order.Dec("fee"), order.Dec("gt_fee"), order.Dec("point_fee")));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal((0.1m, 100m - 6.0006m, 10.05m), (ledger.Balance("GT").Available, ledger.Balance("POINT").Available, ledger.Balance("BTC").Available));
    }

    [Fact]
    public async Task Without_gt_or_points_the_received_coin_pays_at_the_configured_rates()
    {
        await using var rig = await SimRig.StartAsync(o => o with { TakerFeeRate = 0.001m, MakerFeeRate = 0.0005m });

        var taker = (await rig.PlaceAsync("buy", "0.05", "60006")).Json;
        var maker = (await rig.PlaceAsync("sell", "0.05", "61000")).Json;
        rig.Simulator.SetPrice(SimRig.Pair, 61_000m);

        Assert.Equal((0.00005m, "BTC"), (taker.Dec("fee"), taker.Str("fee_currency")));
        var makerTrade = rig.Simulator.Ledger(SimRig.Key).Trades.Single(t => t.OrderId == maker.Str("id"));
        Assert.Equal(("maker", 1.525m, "USDT"), (makerTrade.Role, makerTrade.Fee, makerTrade.FeeCurrency));
    }
}
