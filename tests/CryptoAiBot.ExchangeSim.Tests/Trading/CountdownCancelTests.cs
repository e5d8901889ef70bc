using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

public sealed class CountdownCancelTests
{
    [Fact]
    public async Task Cancels_the_pairs_open_spot_orders_when_it_expires_but_keeps_price_orders()
    {
        await using var rig = await SimRig.StartAsync();
        var btc = (await rig.PlaceAsync("buy", "0.001", price: "50000")).Json.Str("id");
        var eth = (await rig.PlaceAsync("buy", "0.01", price: "2000", pair: "ETH_USDT")).Json.Str("id");
        await rig.Client.PostAsync("/spot/price_orders", new
        {
            trigger = new { price = "59000", rule = "<=", expiration = 86_400 },
            put = new { type = "market", side = "sell", price = "59000", amount = "0.01", account = "normal", time_in_force = "ioc" },
            market = "BTC_USDT",
        });

        var armed = await rig.Client.PostAsync("/spot/countdown_cancel_all", new { timeout = 30, currency_pair = "BTC_USDT" });
        rig.Time.Advance(TimeSpan.FromSeconds(29));
        var before = rig.Simulator.Ledger(SimRig.Key);
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        var after = rig.Simulator.Ledger(SimRig.Key);

        Assert.Equal(200, armed.Status);
        Assert.Equal(rig.Time.GetUtcNow().ToUnixTimeMilliseconds(), armed.Json.GetProperty("triggerTime").GetInt64());
        Assert.Equal("open", before.Orders.Single(o => o.Id == btc).Status);
        Assert.Equal(("cancelled", "cancelled"), (after.Orders.Single(o => o.Id == btc).Status, after.Orders.Single(o => o.Id == btc).FinishAs));
        Assert.Equal("open", after.Orders.Single(o => o.Id == eth).Status);
        Assert.Equal("open", Assert.Single(after.PriceOrders).Status);
        Assert.Equal(20m, after.Balance("USDT").Locked);
    }

    [Fact]
    public async Task Re_arming_moves_the_deadline_and_zero_disarms()
    {
        await using var rig = await SimRig.StartAsync();
        var id = (await rig.PlaceAsync("buy", "0.001", price: "50000")).Json.Str("id");

        await rig.Client.PostAsync("/spot/countdown_cancel_all", new { timeout = 10 });
        rig.Time.Advance(TimeSpan.FromSeconds(8));
        await rig.Client.PostAsync("/spot/countdown_cancel_all", new { timeout = 10 });
        rig.Time.Advance(TimeSpan.FromSeconds(8));
        var rearmed = rig.Simulator.Ledger(SimRig.Key).Orders.Single(o => o.Id == id).Status;
        var disarm = await rig.Client.PostAsync("/spot/countdown_cancel_all", new { timeout = 0 });
        rig.Time.Advance(TimeSpan.FromMinutes(5));
        var bad = await rig.Client.PostAsync("/spot/countdown_cancel_all", new { timeout = 3 });

        Assert.Equal("open", rearmed);
        Assert.Equal(0, disarm.Json.GetProperty("triggerTime").GetInt64());
        Assert.Equal("open", rig.Simulator.Ledger(SimRig.Key).Orders.Single(o => o.Id == id).Status);
        Assert.Equal((400, "INVALID_PARAM_VALUE"), (bad.Status, bad.Label));
    }
}
