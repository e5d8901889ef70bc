using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

public sealed class LimitOrderTests
{
    [Fact]
    public async Task Resting_buy_locks_quote_and_fills_as_maker_when_the_price_comes_down_to_it()
    {
        await using var rig = await SimRig.StartAsync();

        var placed = (await rig.PlaceAsync("buy", "0.1", price: "59000")).Json;
        var accounts = (await rig.Client.GetAsync("/spot/accounts?currency=USDT")).Json[0];
        rig.Simulator.SetPrice(SimRig.Pair, 59_100m);
        var stillOpen = (await rig.Client.GetAsync($"/spot/orders/{placed.Str("id")}?currency_pair=BTC_USDT")).Json;
        rig.Simulator.SetPrice(SimRig.Pair, 58_900m);
        var filled = (await rig.Client.GetAsync($"/spot/orders/{placed.Str("id")}?currency_pair=BTC_USDT")).Json;

        Assert.Equal(("open", "open", 0.1m, 0m), (placed.Str("status"), placed.Str("finish_as"), placed.Dec("left"), placed.Dec("filled_amount")));
        Assert.Equal((94_100m, 5_900m), (accounts.Dec("available"), accounts.Dec("locked")));
        Assert.Equal("open", stillOpen.Str("status"));
        Assert.Equal(("closed", "filled", 0m, 5_900m), (filled.Str("status"), filled.Str("finish_as"), filled.Dec("left"), filled.Dec("filled_total")));
        var trade = Assert.Single(rig.Simulator.Ledger(SimRig.Key).Trades);
        Assert.Equal(("maker", 59_000m, 0.0002m, "BTC"), (trade.Role, trade.Price, trade.Fee, trade.FeeCurrency));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal((94_100m, 0m), (ledger.Balance("USDT").Available, ledger.Balance("USDT").Locked));
        Assert.Equal(10.0998m, ledger.Balance("BTC").Available);
    }

    [Fact]
    public async Task Resting_sell_locks_base_and_fills_when_the_price_reaches_it()
    {
        await using var rig = await SimRig.StartAsync();

        var placed = (await rig.PlaceAsync("sell", "0.5", price: "61000")).Json;
        var locked = rig.Simulator.Ledger(SimRig.Key).Balance("BTC");
        rig.Simulator.SetPrice(SimRig.Pair, 61_000m);

        Assert.Equal((9.5m, 0.5m), (locked.Available, locked.Locked));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal("closed", ledger.Orders.Single(o => o.Id == placed.Str("id")).Status);
        Assert.Equal((9.5m, 0m), (ledger.Balance("BTC").Available, ledger.Balance("BTC").Locked));
        Assert.Equal(100_000m + 30_500m - 61m, ledger.Balance("USDT").Available);
    }

    [Fact]
    public async Task Cancel_returns_the_cancelled_order_and_releases_its_funds()
    {
        await using var rig = await SimRig.StartAsync();
        var placed = (await rig.PlaceAsync("buy", "0.1", price: "59000", text: "t-cancel-me")).Json;

        var cancelled = await rig.Client.DeleteAsync($"/spot/orders/{placed.Str("id")}?currency_pair=BTC_USDT");
        var again = await rig.Client.DeleteAsync("/spot/orders/t-cancel-me?currency_pair=BTC_USDT");

        Assert.Equal(200, cancelled.Status);
        Assert.Equal(("cancelled", "cancelled", 0.1m), (cancelled.Json.Str("status"), cancelled.Json.Str("finish_as"), cancelled.Json.Dec("left")));
        Assert.Equal((400, "ORDER_CANCELLED"), (again.Status, again.Label));
        var usdt = rig.Simulator.Ledger(SimRig.Key).Balance("USDT");
        Assert.Equal((100_000m, 0m), (usdt.Available, usdt.Locked));
    }

    [Fact]
    public async Task Marketable_limit_takes_levels_up_to_its_price_refunds_the_improvement_and_rests_the_rest()
    {
        await using var rig = await SimRig.StartAsync();

        var order = (await rig.PlaceAsync("buy", "0.2", price: "60036")).Json;

        Assert.Equal(("open", 0.1m, 0.1m), (order.Str("status"), order.Dec("filled_amount"), order.Dec("left")));
        var usdt = rig.Simulator.Ledger(SimRig.Key).Balance("USDT");
        Assert.Equal(6_003.6m, usdt.Locked);
        Assert.Equal(100_000m - 3_000.3m - 3_001.8m - 6_003.6m, usdt.Available);
    }

    [Fact]
    public async Task Ioc_limit_cancels_what_it_could_not_take()
    {
        await using var rig = await SimRig.StartAsync();

        var order = (await rig.PlaceAsync("buy", "0.2", price: "60036", timeInForce: "ioc")).Json;

        Assert.Equal(("cancelled", "ioc", 0.1m), (order.Str("status"), order.Str("finish_as"), order.Dec("left")));
        var usdt = rig.Simulator.Ledger(SimRig.Key).Balance("USDT");
        Assert.Equal((100_000m - 6_002.1m, 0m), (usdt.Available, usdt.Locked));
    }

    [Fact]
    public async Task Fok_fills_whole_or_not_at_all()
    {
        await using var rig = await SimRig.StartAsync();

        var refused = (await rig.PlaceAsync("buy", "0.2", price: "60036", timeInForce: "fok")).Json;
        var filled = (await rig.PlaceAsync("buy", "0.1", price: "60036", timeInForce: "fok")).Json;

        Assert.Equal(("cancelled", "fok", 0m), (refused.Str("status"), refused.Str("finish_as"), refused.Dec("filled_amount")));
        Assert.Equal(("closed", "filled", 0.1m), (filled.Str("status"), filled.Str("finish_as"), filled.Dec("filled_amount")));
        Assert.Equal(2, rig.Simulator.Ledger(SimRig.Key).Trades.Count);
    }

    [Fact]
    public async Task Poc_that_would_take_is_cancelled_and_one_that_would_not_rests()
    {
        await using var rig = await SimRig.StartAsync();

        var taking = (await rig.PlaceAsync("buy", "0.01", price: "60006", timeInForce: "poc")).Json;
        var resting = (await rig.PlaceAsync("buy", "0.01", price: "60000", timeInForce: "poc")).Json;

        Assert.Equal(("cancelled", "poc"), (taking.Str("status"), taking.Str("finish_as")));
        Assert.Equal("open", resting.Str("status"));
        Assert.Empty(rig.Simulator.Ledger(SimRig.Key).Trades);
    }
}
