using CryptoAiBot.ExchangeSim.Tests.Market;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

/// <summary>Market orders walk the book (asks 60006, 60036, 60066…, bids 59994, 59964, 59934…, 0.05 BTC each).</summary>
public sealed class MarketOrderTests
{
    [Fact]
    public async Task Market_buy_spends_quote_across_levels_and_reports_quote_amounts_with_base_fills()
    {
        await using var rig = await SimRig.StartAsync();

        var placed = await rig.PlaceAsync("buy", "7000", type: "market", timeInForce: "ioc");

        Assert.Equal(201, placed.Status);
        var order = placed.Json;
        // 0.05 @ 60006 + 0.05 @ 60036 + 0.016613 @ 60066 (whole lots of 0.000001 only); 0.023542 USDT of dust is left.
        Assert.Equal(("closed", "filled", "0"), (order.Str("status"), order.Str("finish_as"), order.Str("price")));
        Assert.Equal(7000m, order.Dec("amount"));
        Assert.Equal(0.023542m, order.Dec("left"));
        Assert.Equal(0.116613m, order.Dec("filled_amount"));
        Assert.Equal(6999.976458m, order.Dec("filled_total"));
        Assert.Equal(order.Dec("filled_total"), order.Dec("fill_price"));
        Assert.Equal(Math.Round(6999.976458m / 0.116613m, 5), order.Dec("avg_deal_price"));
        Assert.Equal((0.000233226m, "BTC"), (order.Dec("fee"), order.Str("fee_currency")));

        var trades = (await rig.Client.GetAsync($"/spot/my_trades?currency_pair=BTC_USDT&order_id={order.Str("id")}")).Json.EnumerateArray().ToList();
        Assert.Equal(3, trades.Count);
        Assert.Equal(order.Dec("filled_amount"), trades.Sum(t => t.Dec("amount")));
        Assert.Equal(order.Dec("filled_total"), trades.Sum(t => t.Dec("amount") * t.Dec("price")));
        Assert.Equal(order.Dec("fee"), trades.Sum(t => t.Dec("fee")));
        Assert.All(trades, t => Assert.Equal(("taker", "BTC", "buy"), (t.Str("role"), t.Str("fee_currency"), t.Str("side"))));
        Assert.Equal(3, trades.Select(t => t.Str("id")).Distinct().Count());

        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal(100_000m - 6999.976458m, ledger.Balance("USDT").Available);
        Assert.Equal(10m + 0.116613m - 0.000233226m, ledger.Balance("BTC").Available);
        Assert.Equal(0.000233226m, ledger.FeesPaid["BTC"]);
    }

    [Fact]
    public async Task Market_sell_sells_base_across_levels_with_the_fee_in_quote()
    {
        await using var rig = await SimRig.StartAsync();

        var order = (await rig.PlaceAsync("sell", "0.12", type: "market")).Json;

        Assert.Equal(("closed", "filled"), (order.Str("status"), order.Str("finish_as")));
        Assert.Equal((0.12m, 0m, 0.12m), (order.Dec("amount"), order.Dec("left"), order.Dec("filled_amount")));
        Assert.Equal(2999.7m + 2998.2m + 1198.68m, order.Dec("filled_total"));
        Assert.Equal((14.39316m, "USDT"), (order.Dec("fee"), order.Str("fee_currency")));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal(9.88m, ledger.Balance("BTC").Available);
        Assert.Equal(100_000m + 7196.58m - 14.39316m, ledger.Balance("USDT").Available);
        Assert.Equal([59_994m, 59_964m, 59_934m], ledger.Trades.Select(t => t.Price));
    }

    [Fact]
    public async Task Ioc_remainder_is_cancelled_though_partly_filled_and_only_fills_are_paid()
    {
        await using var rig = await SimRig.StartAsync(o => o with { Depth = 2 });

        var buy = (await rig.PlaceAsync("buy", "10000", type: "market")).Json;
        var sell = (await rig.PlaceAsync("sell", "0.3", type: "market")).Json;

        Assert.Equal(("cancelled", "ioc"), (buy.Str("status"), buy.Str("finish_as")));
        Assert.Equal((0.1m, 6002.1m, 3997.9m), (buy.Dec("filled_amount"), buy.Dec("filled_total"), buy.Dec("left")));
        Assert.Equal(("cancelled", "ioc"), (sell.Str("status"), sell.Str("finish_as")));
        Assert.Equal((0.1m, 0.2m), (sell.Dec("filled_amount"), sell.Dec("left")));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal(100_000m - 6002.1m + (5997.9m - 11.9958m), ledger.Balance("USDT").Available);
        Assert.Equal(10m + 0.1m - 0.0002m - 0.1m, ledger.Balance("BTC").Available);
    }

    [Fact]
    public async Task Taken_liquidity_stays_taken_until_the_price_moves()
    {
        await using var rig = await SimRig.StartAsync();

        await rig.PlaceAsync("buy", "0.05", price: "60006");
        var afterTake = (await rig.Client.GetPublicAsync("/spot/order_book?currency_pair=BTC_USDT&limit=1")).Json;
        rig.Simulator.SetPrice(SimRig.Pair, 60_000m);
        var afterMove = (await rig.Client.GetPublicAsync("/spot/order_book?currency_pair=BTC_USDT&limit=1")).Json;

        Assert.Equal("60036", afterTake.GetProperty("asks")[0][0].GetString());
        Assert.Equal("60006", afterMove.GetProperty("asks")[0][0].GetString());
    }

    [Theory]
    [InlineData("gtc")]
    [InlineData("poc")]
    public async Task Market_orders_take_only_ioc_or_fok(string timeInForce)
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.PlaceAsync("buy", "100", type: "market", timeInForce: timeInForce);

        Assert.Equal((400, "INVALID_PARAM_VALUE"), (response.Status, response.Label));
        Assert.Empty(rig.Simulator.Ledger(SimRig.Key).Orders);
    }

    [Fact]
    public async Task Order_has_every_field_of_the_official_full_response()
    {
        await using var rig = await SimRig.StartAsync();
        var example = GateFixtures.Official.GetProperty("POST /spot/orders").GetProperty("response_201_FULL");

        var order = (await rig.PlaceAsync("buy", "0.001", price: "65000", text: "t-abc123")).Json;

        PublicShapeTests.AssertSameShape(example, order);
        Assert.Equal("t-abc123", order.Str("text"));
        Assert.Equal(order.GetProperty("create_time_ms").GetInt64() / 1000, long.Parse(order.Str("create_time"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
