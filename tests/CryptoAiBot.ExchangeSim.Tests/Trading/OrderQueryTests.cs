using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

public sealed class OrderQueryTests
{
    [Fact]
    public async Task Finds_an_order_by_id_and_by_text_and_says_which_was_not_found()
    {
        await using var rig = await SimRig.StartAsync();
        var id = (await rig.PlaceAsync("buy", "0.001", price: "50000", text: "t-find-me")).Json.Str("id");

        var byId = await rig.Client.GetAsync($"/spot/orders/{id}?currency_pair=BTC_USDT");
        var byText = await rig.Client.GetAsync("/spot/orders/t-find-me?currency_pair=BTC_USDT&account=spot");
        var noText = await rig.Client.GetAsync("/spot/orders/t-nobody?currency_pair=BTC_USDT");
        var noId = await rig.Client.GetAsync("/spot/orders/123?currency_pair=BTC_USDT");
        var otherPair = await rig.Client.GetAsync($"/spot/orders/{id}?currency_pair=ETH_USDT");
        var otherAccount = await rig.Other.GetAsync($"/spot/orders/{id}?currency_pair=BTC_USDT");
        var noPair = await rig.Client.GetAsync($"/spot/orders/{id}");

        Assert.Equal((200, id), (byId.Status, byId.Json.Str("id")));
        Assert.Equal((200, id), (byText.Status, byText.Json.Str("id")));
        Assert.Equal((404, "CLIENT_ID_NOT_FOUND"), (noText.Status, noText.Label));
        Assert.Equal((404, "ORDER_NOT_FOUND"), (noId.Status, noId.Label));
        Assert.Equal("Order with ID 123 not found", noId.Json.Str("message"));
        Assert.Equal((404, "ORDER_NOT_FOUND"), (otherPair.Status, otherPair.Label));
        Assert.Equal((404, "ORDER_NOT_FOUND"), (otherAccount.Status, otherAccount.Label));
        Assert.Equal((400, "MISSING_REQUIRED_PARAM"), (noPair.Status, noPair.Label));
    }

    [Fact]
    public async Task A_finished_order_is_found_by_text_for_an_hour_then_only_by_id()
    {
        await using var rig = await SimRig.StartAsync();
        var id = (await rig.PlaceAsync("buy", "10", type: "market", text: "t-old")).Json.Str("id");
        var resting = (await rig.PlaceAsync("buy", "0.001", price: "50000", text: "t-resting")).Json.Str("id");

        rig.Time.Advance(TimeSpan.FromMinutes(59));
        var within = await rig.Client.GetAsync("/spot/orders/t-old?currency_pair=BTC_USDT");
        rig.Time.Advance(TimeSpan.FromMinutes(2));
        var after = await rig.Client.GetAsync("/spot/orders/t-old?currency_pair=BTC_USDT");
        var byId = await rig.Client.GetAsync($"/spot/orders/{id}?currency_pair=BTC_USDT");
        var stillOpen = await rig.Client.GetAsync("/spot/orders/t-resting?currency_pair=BTC_USDT");

        Assert.Equal(200, within.Status);
        Assert.Equal((404, "CLIENT_ID_NOT_FOUND"), (after.Status, after.Label));
        Assert.Equal(200, byId.Status);
        Assert.Equal((200, resting), (stillOpen.Status, stillOpen.Json.Str("id")));
    }

    [Fact]
    public async Task Open_orders_are_grouped_by_pair_and_listed_flat_per_pair()
    {
        await using var rig = await SimRig.StartAsync();
        await rig.PlaceAsync("buy", "0.001", price: "50000");
        await rig.PlaceAsync("sell", "0.001", price: "70000");
        await rig.PlaceAsync("buy", "0.01", price: "2000", pair: "ETH_USDT");
        await rig.PlaceAsync("buy", "10", type: "market");

        var grouped = (await rig.Client.GetAsync("/spot/open_orders")).Json;
        var filtered = (await rig.Client.GetAsync("/spot/open_orders?account=spot&currency_pair=ETH_USDT&status=open")).Json;
        var flat = (await rig.Client.GetAsync("/spot/orders?currency_pair=BTC_USDT&status=open")).Json;
        var finished = (await rig.Client.GetAsync("/spot/orders?currency_pair=BTC_USDT&status=finished")).Json;
        var openWithoutPair = await rig.Client.GetAsync("/spot/orders?status=open");

        Assert.Equal(2, grouped.GetArrayLength());
        Assert.Equal(("BTC_USDT", "2", 2), (grouped[0].Str("currency_pair"), grouped[0].Str("total"), grouped[0].GetProperty("orders").GetArrayLength()));
        Assert.Equal(["currency_pair", "orders", "total"], grouped[0].FieldNames());
        Assert.Equal("ETH_USDT", Assert.Single(filtered.EnumerateArray()).Str("currency_pair"));
        Assert.Equal(2, flat.GetArrayLength());
        Assert.All(flat.EnumerateArray(), o => Assert.Equal("open", o.Str("status")));
        Assert.Equal("closed", Assert.Single(finished.EnumerateArray()).Str("status"));
        Assert.Equal((400, "MISSING_REQUIRED_PARAM"), (openWithoutPair.Status, openWithoutPair.Label));
    }

    [Fact]
    public async Task Cancel_all_cancels_the_open_orders_of_one_pair_only()
    {
        await using var rig = await SimRig.StartAsync();
        await rig.PlaceAsync("buy", "0.001", price: "50000");
        await rig.PlaceAsync("sell", "0.001", price: "70000");
        var eth = (await rig.PlaceAsync("buy", "0.01", price: "2000", pair: "ETH_USDT")).Json.Str("id");

        var cancelled = await rig.Client.DeleteAsync("/spot/orders?currency_pair=BTC_USDT&account=spot");

        Assert.Equal(200, cancelled.Status);
        Assert.Equal(2, cancelled.Json.GetArrayLength());
        Assert.All(cancelled.Json.EnumerateArray(), o => Assert.Equal("cancelled", o.Str("status")));
        var open = rig.Simulator.Ledger(SimRig.Key).Orders.Where(o => o.Status == "open").ToList();
        Assert.Equal(eth, Assert.Single(open).Id);
        Assert.Equal((0m, 0m), (rig.Simulator.Ledger(SimRig.Key).Balance("BTC").Locked, rig.Simulator.Ledger(SimRig.Key).Balance("USDT").Locked - 20m));
    }

    [Fact]
    public async Task My_trades_filter_by_order_time_and_page_newest_first()
    {
        await using var rig = await SimRig.StartAsync();
        var first = (await rig.PlaceAsync("buy", "0.08", price: "60036")).Json.Str("id");
        rig.Time.Advance(TimeSpan.FromMinutes(10));
        var second = (await rig.PlaceAsync("sell", "0.01", type: "market")).Json.Str("id");
        var splitAt = rig.Time.GetUtcNow().AddMinutes(-5).ToUnixTimeSeconds();

        var all = (await rig.Client.GetAsync("/spot/my_trades?currency_pair=BTC_USDT")).Json;
        var ofFirst = (await rig.Client.GetAsync($"/spot/my_trades?currency_pair=BTC_USDT&order_id={first}")).Json;
        var recent = (await rig.Client.GetAsync($"/spot/my_trades?currency_pair=BTC_USDT&from={splitAt}")).Json;
        var older = (await rig.Client.GetAsync($"/spot/my_trades?to={splitAt}")).Json;
        var page2 = (await rig.Client.GetAsync("/spot/my_trades?currency_pair=BTC_USDT&limit=2&page=2")).Json;
        var orderWithoutPair = await rig.Client.GetAsync($"/spot/my_trades?order_id={first}");

        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal(second, all[0].Str("order_id"));
        Assert.Equal(2, ofFirst.GetArrayLength());
        Assert.Equal(second, Assert.Single(recent.EnumerateArray()).Str("order_id"));
        Assert.Equal(2, older.GetArrayLength());
        Assert.Equal(all[2].Str("id"), Assert.Single(page2.EnumerateArray()).Str("id"));
        Assert.Equal((400, "MISSING_REQUIRED_PARAM"), (orderWithoutPair.Status, orderWithoutPair.Label));
    }

    [Fact]
    public async Task My_trades_without_a_range_cover_the_last_seven_days()
    {
        await using var rig = await SimRig.StartAsync();
        await rig.PlaceAsync("buy", "10", type: "market");
        rig.Time.Advance(TimeSpan.FromDays(8));

        var recent = (await rig.Client.GetAsync("/spot/my_trades")).Json;
        var ranged = (await rig.Client.GetAsync("/spot/my_trades?from=1")).Json;

        Assert.Equal(0, recent.GetArrayLength());
        Assert.Equal(1, ranged.GetArrayLength());
    }
}
