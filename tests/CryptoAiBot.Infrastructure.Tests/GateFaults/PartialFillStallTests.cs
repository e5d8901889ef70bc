using System.Text.Json;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim.Faults;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// Fault matrix, "a partial fill followed by a long stall": Gate fills part of a market order and leaves the rest open.
/// After SETTLEMENT_TIMEOUT_SEC (30 s here) settlement cancels the rest, records every fill once and re-places the
/// remainder exactly once as a <c>-pf</c> follow-up — or drops it as dust below the exchange minimum (3 USDT).
/// The book: asks 60006, 60036… at 0.01 BTC each.
/// </summary>
public sealed class PartialFillStallTests
{
    private static readonly SettlementPolicy ThirtySeconds = new(TimeSpan.FromSeconds(30));

    private static SimFaultRule Stall(decimal fraction, int count = 1) =>
        new() { Kind = SimFaultKind.PartialFill, FillFraction = fraction, Method = "POST", Path = "/spot/orders", Count = count };

    [Fact]
    public async Task A_stalled_remainder_is_cancelled_after_the_timeout_and_followed_up_exactly_once()
    {
        await using var rig = await GateFaultRig.StartAsync(settlement: ThirtySeconds);
        rig.Fault(Stall(0.4m));

        var first = await rig.BuyAsync(1_500m);
        var original = first.Order!.ClientOrderId;

        // 600 USDT of the 1500 fill at once (0.009998 BTC at 60006), the rest stays open on the exchange.
        Assert.Equal((TradeOutcomeKind.Executed, OrderStatus.PartiallyFilled), (first.Kind, first.Order.Status));
        Assert.Equal("open", Assert.Single(rig.SimOrders(original)).Status);

        // Before the timeout settlement only follows the order.
        rig.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));
        Assert.Equal("open", Assert.Single(rig.SimOrders(original)).Status);

        rig.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));

        var cancelled = await rig.Store.GetOrderAsync(original, CancellationToken.None);
        var followUpId = SettleOrders.FollowUpId(original);
        var followUp = await rig.Store.GetOrderAsync(followUpId, CancellationToken.None);
        Assert.Equal(OrderStatus.Canceled, cancelled!.Status);
        Assert.Equal(OrderStatus.Filled, followUp!.Status);
        // The follow-up spends the remainder cut to the quote precision (0.1 USDT): never more than was left.
        var remainder = 1_500m - cancelled.FilledQuote;
        Assert.Equal(decimal.Floor(remainder * 10m) / 10m, followUp.RequestedQuote);
        var simOriginal = await LedgerAssert.MatchesSimulatorAsync(rig, original);
        var simFollowUp = await LedgerAssert.MatchesSimulatorAsync(rig, followUpId);
        Assert.Equal(("cancelled", "closed"), (simOriginal.Status, simFollowUp.Status));
        Assert.Equal(followUp.RequestedQuote, simFollowUp.Amount);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        Assert.Equal(0m, rig.Ledger.Balance("USDT").Locked);
        Assert.Equal(100_000m - simOriginal.FilledTotal - simFollowUp.FilledTotal, rig.Ledger.Balance("USDT").Available);

        var followUps = await EventsAsync(rig, EventTopics.TradePartialFollowup);
        var payload = Assert.Single(followUps);
        Assert.Equal(original.Value, payload.GetProperty("original_client_order_id").GetString());
        Assert.Equal(followUpId.Value, payload.GetProperty("follow_up_client_order_id").GetString());
        Assert.Equal(remainder, payload.GetProperty("remainder").GetDecimal());

        // Rerunning settlement, later and again, sends nothing more.
        rig.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));
        Assert.Equal(2, rig.Ledger.Orders.Count);
        Assert.Equal(2, rig.SimRequests("POST", "/spot/orders").Count);
        Assert.Single(rig.SimRequests("DELETE", "/spot/orders/"));
        Assert.Single(await EventsAsync(rig, EventTopics.TradePartialFollowup));
    }

    [Fact]
    public async Task A_settlement_interrupted_after_the_cancel_resumes_and_sends_the_follow_up_once()
    {
        await using var rig = await GateFaultRig.StartAsync(settlement: ThirtySeconds);
        rig.Fault(Stall(0.5m));
        var original = (await rig.BuyAsync(1_000m)).Order!.ClientOrderId;
        rig.Time.Advance(TimeSpan.FromSeconds(31));

        // The cancel reaches Gate but its answer is lost: the order stays cancel-requested, no follow-up is sent.
        // (every retry of it too: the client retries a dropped cancel, which Gate then answers ORDER_CANCELLED).
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.DropAfterProcess, Method = "DELETE", Path = "/spot/orders/" });
        await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None);
        rig.Simulator.ClearFaults();
        Assert.Equal(OrderStatus.CancelRequested, (await rig.Store.GetOrderAsync(original, CancellationToken.None))!.Status);
        Assert.Equal("cancelled", Assert.Single(rig.SimOrders(original)).Status);
        Assert.Empty(rig.SimOrders(SettleOrders.FollowUpId(original)));

        rig.Time.Advance(TimeSpan.FromSeconds(30));
        await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None);
        await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None);

        Assert.Equal(OrderStatus.Canceled, (await rig.Store.GetOrderAsync(original, CancellationToken.None))!.Status);
        await LedgerAssert.MatchesSimulatorAsync(rig, original);
        await LedgerAssert.MatchesSimulatorAsync(rig, SettleOrders.FollowUpId(original));
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        Assert.Equal(2, rig.Ledger.Orders.Count);
    }

    [Fact]
    public async Task A_remainder_below_the_exchange_minimum_is_recorded_as_dust_and_nothing_is_re_placed()
    {
        await using var rig = await GateFaultRig.StartAsync(settlement: ThirtySeconds);
        rig.Fault(Stall(0.98m));
        var original = (await rig.BuyAsync(100m)).Order!.ClientOrderId;

        rig.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));

        var order = await rig.Store.GetOrderAsync(original, CancellationToken.None);
        Assert.Equal(OrderStatus.Canceled, order!.Status);
        var simOrder = await LedgerAssert.MatchesSimulatorAsync(rig, original);
        Assert.Equal("cancelled", simOrder.Status);
        Assert.Single(rig.Ledger.Orders);
        Assert.Null(await rig.Store.GetOrderAsync(SettleOrders.FollowUpId(original), CancellationToken.None));
        await LedgerAssert.PositionMatchesTradesAsync(rig);

        var dropped = Assert.Single(await EventsAsync(rig, EventTopics.TradeRemainderDropped));
        Assert.Equal(RemainderReasons.Dust, dropped.GetProperty("reason").GetString());
        Assert.Equal(100m - order.FilledQuote, dropped.GetProperty("remainder").GetDecimal());
        Assert.True(100m - order.FilledQuote < 3m);
        Assert.Empty(await EventsAsync(rig, EventTopics.TradePartialFollowup));
        var audit = await rig.Store.GetAuditAsync(DateTimeOffset.UnixEpoch, CancellationToken.None);
        Assert.Single(audit, a => a.Action == EventTopics.TradeRemainderDropped);
    }

    [Fact]
    public async Task A_stalled_follow_up_is_cancelled_too_but_its_remainder_is_not_followed_up_again()
    {
        await using var rig = await GateFaultRig.StartAsync(settlement: ThirtySeconds);
        rig.Fault(Stall(0.5m, count: 2));
        var original = (await rig.BuyAsync(1_000m)).Order!.ClientOrderId;
        var followUpId = SettleOrders.FollowUpId(original);

        rig.Time.Advance(TimeSpan.FromSeconds(31));
        await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None);
        Assert.Equal(OrderStatus.PartiallyFilled, (await rig.Store.GetOrderAsync(followUpId, CancellationToken.None))!.Status);
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None);
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));

        Assert.Equal(2, rig.Ledger.Orders.Count);
        Assert.All(rig.Ledger.Orders, o => Assert.Equal("cancelled", o.Status));
        await LedgerAssert.MatchesSimulatorAsync(rig, original);
        await LedgerAssert.MatchesSimulatorAsync(rig, followUpId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        var dropped = Assert.Single(await EventsAsync(rig, EventTopics.TradeRemainderDropped));
        Assert.Equal((RemainderReasons.FollowUpNotRepeated, followUpId.Value), (dropped.GetProperty("reason").GetString(), dropped.GetProperty("client_order_id").GetString()));
    }

    [Fact]
    public async Task A_protective_exit_cancels_a_stalled_buy_and_sells_what_it_bought()
    {
        await using var rig = await GateFaultRig.StartAsync(settlement: ThirtySeconds, exits: new ExitPolicy(2m, 0m));
        rig.Fault(Stall(0.4m));
        var buy = await rig.BuyAsync(1_500m);
        var original = buy.Order!.ClientOrderId;
        Assert.Equal(OrderStatus.PartiallyFilled, buy.Order.Status);
        var exits = rig.ProtectiveExits();

        // The price falls through the 2% stop while the buy's remainder still rests (before the settlement timeout).
        rig.Time.Advance(TimeSpan.FromSeconds(5));
        rig.Simulator.SetPrice(GateFaultRig.Pair, 58_000m);
        var sale = await exits.CheckAsync(GateFaultRig.Btc, "trace-exit", CancellationToken.None);

        Assert.NotNull(sale);
        Assert.Equal(TradeOutcomeKind.Executed, sale.Kind);
        Assert.Equal(OrderStatus.Canceled, (await rig.Store.GetOrderAsync(original, CancellationToken.None))!.Status);
        Assert.Equal("cancelled", (await LedgerAssert.MatchesSimulatorAsync(rig, original)).Status);
        var sold = await LedgerAssert.MatchesSimulatorAsync(rig, sale.Order!.ClientOrderId);
        Assert.Equal(("sell", "closed"), (sold.Side, sold.Status));
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        Assert.Equal(0m, rig.Ledger.Balance("USDT").Locked);
        // What is left is the part of the base fee below one lot (0.000001 BTC), which no order can sell.
        Assert.InRange((await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).Quantity, 0m, 0.000000999m);

        // The cancelled buy is never followed up, and no further order appears.
        rig.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));
        Assert.Equal(2, rig.Ledger.Orders.Count);
        Assert.Empty(rig.SimOrders(SettleOrders.FollowUpId(original)));
    }

    private static async Task<IReadOnlyList<JsonElement>> EventsAsync(GateFaultRig rig, string topic)
    {
        var messages = await rig.Store.GetUnpublishedEventsAsync(10_000, CancellationToken.None);
        return [.. messages.Where(m => m.Topic == topic).Select(m => JsonDocument.Parse(m.PayloadJson).RootElement.Clone())];
    }
}
