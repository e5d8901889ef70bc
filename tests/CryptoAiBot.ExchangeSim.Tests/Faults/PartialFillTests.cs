using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Faults;

/// <summary>
/// The PartialFill fault: a market order fills only part of its amount and the rest stays open with its funds locked
/// (the book: asks 60006, 60036…, bids 59994, 59964…, 0.05 BTC each; account k1 starts with 100000 USDT and 10 BTC).
/// </summary>
public sealed class PartialFillTests
{
    private static readonly SimFaultRule HalfOnce = new() { Kind = SimFaultKind.PartialFill, FillFraction = 0.5m, Count = 1 };

    [Fact]
    public async Task A_market_buy_fills_its_fraction_and_the_rest_stays_open_with_the_quote_locked()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([HalfOnce]);

        var order = (await rig.PlaceAsync("buy", "3000", type: "market", timeInForce: "ioc", text: "t-stall")).Json;
        var found = (await rig.Client.GetAsync("/spot/orders/t-stall?currency_pair=BTC_USDT")).Json;

        // 1500 USDT at 60006 buys 0.024997 BTC (whole lots of 0.000001) for 1499.969982 USDT; the rest of the 3000 is locked.
        Assert.Equal(("open", "open"), (order.Str("status"), order.Str("finish_as")));
        Assert.Equal((0.024997m, 1499.969982m), (order.Dec("filled_amount"), order.Dec("filled_total")));
        Assert.Equal(3000m - 1499.969982m, order.Dec("left"));
        Assert.Equal(("open", order.Dec("left")), (found.Str("status"), found.Dec("left")));
        var usdt = rig.Simulator.Ledger(SimRig.Key).Balance("USDT");
        Assert.Equal((100_000m - 3000m, 3000m - 1499.969982m), (usdt.Available, usdt.Locked));
        Assert.Empty(rig.Simulator.Faults);

        // The next market order is not affected: the rule was used up.
        var next = (await rig.PlaceAsync("buy", "100", type: "market", timeInForce: "ioc")).Json;
        Assert.Equal("closed", next.Str("status"));
    }

    [Fact]
    public async Task Cancelling_the_rest_finishes_it_as_cancelled_with_its_partial_trades_and_releases_the_funds()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([HalfOnce]);
        var placed = (await rig.PlaceAsync("sell", "0.2", type: "market", text: "t-sell-stall")).Json;

        var cancelled = await rig.Client.DeleteAsync("/spot/orders/t-sell-stall?currency_pair=BTC_USDT");
        var again = await rig.Client.DeleteAsync("/spot/orders/t-sell-stall?currency_pair=BTC_USDT");

        // 0.1 BTC sold: 0.05 at 59994 and 0.05 at 59964; 0.1 BTC was locked and is available again.
        Assert.Equal((0.1m, 0.1m), (placed.Dec("filled_amount"), placed.Dec("left")));
        Assert.Equal(200, cancelled.Status);
        Assert.Equal(("cancelled", "cancelled"), (cancelled.Json.Str("status"), cancelled.Json.Str("finish_as")));
        Assert.Equal((0.1m, 0.1m, 2999.7m + 2998.2m), (cancelled.Json.Dec("filled_amount"), cancelled.Json.Dec("left"), cancelled.Json.Dec("filled_total")));
        Assert.Equal((400, "ORDER_CANCELLED"), (again.Status, again.Label));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal((9.9m, 0m), (ledger.Balance("BTC").Available, ledger.Balance("BTC").Locked));
        Assert.Equal(2, ledger.Trades.Count(t => t.OrderId == placed.Str("id")));
        Assert.Equal(0m, ledger.Balance("USDT").Locked);
    }

    [Fact]
    public async Task A_price_move_never_fills_a_resting_market_remainder()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([HalfOnce]);
        await rig.PlaceAsync("sell", "0.02", type: "market", text: "t-rest");

        rig.Simulator.SetPrice(SimRig.Pair, 61_000m);
        var found = (await rig.Client.GetAsync("/spot/orders/t-rest?currency_pair=BTC_USDT")).Json;

        Assert.Equal(("open", 0.01m), (found.Str("status"), found.Dec("left")));
        Assert.Equal(0.01m, rig.Simulator.Ledger(SimRig.Key).Balance("BTC").Locked);
    }

    [Fact]
    public async Task With_a_delay_the_rest_fills_late_from_the_book_and_the_order_closes()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([HalfOnce with { DelayMs = 60_000 }]);
        await rig.PlaceAsync("buy", "1000", type: "market", timeInForce: "ioc", text: "t-late");

        rig.Time.Advance(TimeSpan.FromSeconds(59));
        var before = (await rig.Client.GetAsync("/spot/orders/t-late?currency_pair=BTC_USDT")).Json;
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        var after = (await rig.Client.GetAsync("/spot/orders/t-late?currency_pair=BTC_USDT")).Json;

        Assert.Equal("open", before.Str("status"));
        Assert.Equal(("closed", "filled"), (after.Str("status"), after.Str("finish_as")));
        Assert.True(after.Dec("left") < 60.006m, $"left {after.Dec("left")} is more than one lot's worth");
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Equal(0m, ledger.Balance("USDT").Locked);
        Assert.Equal(100_000m - after.Dec("filled_total"), ledger.Balance("USDT").Available);
        Assert.Equal(after.Dec("filled_amount"), ledger.Trades.Where(t => t.OrderId == after.Str("id")).Sum(t => t.Amount));
    }

    [Fact]
    public async Task A_partial_fill_rule_needs_a_fraction_between_zero_and_one()
    {
        await using var rig = await SimRig.StartAsync();

        var problem = Assert.Throws<GateSimulatorOptionsException>(() =>
            rig.Simulator.SetFaults([new SimFaultRule { Kind = SimFaultKind.PartialFill, FillFraction = 1m }]));

        Assert.Contains("FillFraction", problem.Message, StringComparison.Ordinal);
    }
}
