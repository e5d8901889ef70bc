using CryptoAiBot.ExchangeSim.Tests.Market;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

public sealed class PriceOrderTests
{
    [Fact]
    public async Task Stop_loss_fires_on_a_move_through_the_trigger_and_its_market_sell_trades()
    {
        await using var rig = await SimRig.StartAsync();

        var created = await rig.Client.PostAsync("/spot/price_orders", StopLoss("59000", "<="));
        var id = created.Json.GetProperty("id").GetInt64();
        rig.Simulator.SetPrice(SimRig.Pair, 59_500m);
        var notYet = (await rig.Client.GetAsync($"/spot/price_orders/{id}")).Json;
        rig.Simulator.SetPrice(SimRig.Pair, 58_990m);
        var fired = (await rig.Client.GetAsync($"/spot/price_orders/{id}")).Json;

        Assert.Equal(201, created.Status);
        Assert.Equal(["id"], created.Json.FieldNames());
        Assert.Equal("open", notYet.Str("status"));
        Assert.Equal("finish", fired.Str("status"));
        Assert.Equal(rig.Time.GetUtcNow().ToUnixTimeSeconds(), fired.GetProperty("ftime").GetInt64());
        var firedOrderId = fired.GetProperty("fired_order_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var order = (await rig.Client.GetAsync($"/spot/orders/{firedOrderId}?currency_pair=BTC_USDT")).Json;
        Assert.Equal(("market", "sell", "closed", 0.06m), (order.Str("type"), order.Str("side"), order.Str("status"), order.Dec("filled_amount")));
        var trades = (await rig.Client.GetAsync($"/spot/my_trades?currency_pair=BTC_USDT&order_id={firedOrderId}")).Json;
        Assert.Equal(2, trades.GetArrayLength());
        Assert.Equal(0.06m, trades.EnumerateArray().Sum(t => t.Dec("amount")));
    }

    [Fact]
    public async Task Take_profit_with_a_limit_put_places_a_resting_order()
    {
        await using var rig = await SimRig.StartAsync();
        var body = new { trigger = new { price = "61000", rule = ">=", expiration = 3600 }, put = new { type = "limit", side = "sell", price = "62000", amount = "0.1", account = "normal", time_in_force = "gtc" }, market = "BTC_USDT" };

        var id = (await rig.Client.PostAsync("/spot/price_orders", body)).Json.GetProperty("id").GetInt64();
        rig.Simulator.SetPrice(SimRig.Pair, 61_000m);

        var ledger = rig.Simulator.Ledger(SimRig.Key);
        var priceOrder = Assert.Single(ledger.PriceOrders);
        Assert.Equal((id, "finish"), (priceOrder.Id, priceOrder.Status));
        var order = ledger.Orders.Single(o => o.Id == priceOrder.FiredOrderId);
        Assert.Equal(("limit", "open", 62_000m), (order.Type, order.Status, order.Price));
        Assert.Equal(0.1m, ledger.Balance("BTC").Locked);
    }

    [Theory]
    [InlineData("<=", "60000", "AUTO_TRIGGER_PRICE_LESS_LAST")]
    [InlineData("<=", "60100", "AUTO_TRIGGER_PRICE_LESS_LAST")]
    [InlineData(">=", "60000", "AUTO_TRIGGER_PRICE_GREATE_LAST")]
    [InlineData(">=", "59000", "AUTO_TRIGGER_PRICE_GREATE_LAST")]
    [InlineData("<", "59000", "INVALID_PARAM_VALUE")]
    public async Task Refuses_a_trigger_already_through_the_market_or_a_bad_rule(string rule, string price, string label)
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.Client.PostAsync("/spot/price_orders", StopLoss(price, rule));

        Assert.Equal((400, label), (response.Status, response.Label));
        Assert.Empty(rig.Simulator.Ledger(SimRig.Key).PriceOrders);
    }

    [Fact]
    public async Task Expires_after_its_expiration_and_is_listed_as_finished()
    {
        await using var rig = await SimRig.StartAsync();
        var id = (await rig.Client.PostAsync("/spot/price_orders", StopLoss("59000", "<=", expiration: 600))).Json.GetProperty("id").GetInt64();

        rig.Time.Advance(TimeSpan.FromSeconds(599));
        var open = (await rig.Client.GetAsync("/spot/price_orders?status=open&market=BTC_USDT")).Json;
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        var finished = (await rig.Client.GetAsync("/spot/price_orders?status=finished")).Json;
        rig.Simulator.SetPrice(SimRig.Pair, 58_000m);

        Assert.Equal(id, Assert.Single(open.EnumerateArray()).GetProperty("id").GetInt64());
        var expired = Assert.Single(finished.EnumerateArray());
        Assert.Equal(("expired", 0L), (expired.Str("status"), expired.GetProperty("fired_order_id").GetInt64()));
        Assert.Empty(rig.Simulator.Ledger(SimRig.Key).Orders);
    }

    [Fact]
    public async Task Cancel_one_and_cancel_all_leave_them_cancelled()
    {
        await using var rig = await SimRig.StartAsync();
        var first = (await rig.Client.PostAsync("/spot/price_orders", StopLoss("59000", "<="))).Json.GetProperty("id").GetInt64();
        await rig.Client.PostAsync("/spot/price_orders", StopLoss("58000", "<="));

        var one = await rig.Client.DeleteAsync($"/spot/price_orders/{first}");
        var all = await rig.Client.DeleteAsync("/spot/price_orders?market=BTC_USDT&account=normal");
        var missing = await rig.Client.GetAsync("/spot/price_orders/1");
        rig.Simulator.SetPrice(SimRig.Pair, 57_000m);

        Assert.Equal((200, "cancelled"), (one.Status, one.Json.Str("status")));
        Assert.Equal("cancelled", Assert.Single(all.Json.EnumerateArray()).Str("status"));
        Assert.Equal((404, "ORDER_NOT_FOUND"), (missing.Status, missing.Label));
        Assert.All(rig.Simulator.Ledger(SimRig.Key).PriceOrders, o => Assert.Equal("cancelled", o.Status));
        Assert.Empty(rig.Simulator.Ledger(SimRig.Key).Orders);
    }

    [Fact]
    public async Task A_fired_order_that_is_refused_leaves_the_price_order_failed()
    {
        await using var rig = await SimRig.StartAsync();
        var body = new { trigger = new { price = "59000", rule = "<=", expiration = 3600 }, put = new { type = "market", side = "sell", price = "0", amount = "50", account = "normal", time_in_force = "ioc" }, market = "BTC_USDT" };
        await rig.Client.PostAsync("/spot/price_orders", body);

        rig.Simulator.SetPrice(SimRig.Pair, 58_000m);

        var failed = Assert.Single(rig.Simulator.Ledger(SimRig.Key).PriceOrders);
        Assert.Equal(("failed", "Not enough balance", null), (failed.Status, failed.Reason, failed.FiredOrderId));
    }

    [Fact]
    public async Task Price_order_has_the_fields_of_the_official_example()
    {
        await using var rig = await SimRig.StartAsync();
        var example = GateFixtures.Official.GetProperty("GET /spot/price_orders_200 (and GET /spot/price_orders/{id} returns one such object)")[0];
        var id = (await rig.Client.PostAsync("/spot/price_orders", StopLoss("59000", "<="))).Json.GetProperty("id").GetInt64();
        await rig.Client.DeleteAsync($"/spot/price_orders/{id}");

        var order = (await rig.Client.GetAsync($"/spot/price_orders/{id}")).Json;

        PublicShapeTests.AssertSameShape(example, order);
        PublicShapeTests.AssertSameShape(example.GetProperty("trigger"), order.GetProperty("trigger"));
        PublicShapeTests.AssertSameShape(example.GetProperty("put"), order.GetProperty("put"));
        Assert.Equal(("<=", 59_000m, "normal"), (order.GetProperty("trigger").Str("rule"), order.GetProperty("trigger").Dec("price"), order.GetProperty("put").Str("account")));
        Assert.Equal(1001, order.GetProperty("user").GetInt64());
    }

    private static object StopLoss(string triggerPrice, string rule, int expiration = 86_400) => new
    {
        trigger = new { price = triggerPrice, rule, expiration },
        put = new { type = "market", side = "sell", price = triggerPrice, amount = "0.06", account = "normal", time_in_force = "ioc" },
        market = "BTC_USDT",
    };
}
