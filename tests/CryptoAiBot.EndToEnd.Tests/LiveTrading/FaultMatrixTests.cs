using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.ExchangeSim.Faults;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// The fault matrix: the whole bot, live on the Gate.io simulator over loopback HTTP and on the rig's manual clock, meets
/// one fault per row while it places an operator order (or while it is down, for the stop row). The fault is cleared or
/// outlived, a few passes of every loop run, and then every row ends with the same check,
/// <see cref="LedgerAgreement.StateEqualsTheExchangeAsync"/>: the bot's orders, fills, position, balances and stop equal
/// the simulator's ledger, every local order is terminal, and the exchange holds one order per client text. Each row
/// prints one summary line. (Broker-level versions of most rows, with request counts from the simulator's log, are in
/// Infrastructure.Tests/GateFaults.)
/// </summary>
public sealed class FaultMatrixTests(ITestOutputHelper output)
{
    private const decimal StartQuote = 10_000m;

    /// <summary>"Not found" proves an order never arrived after this long; the simulator shows an order at once.</summary>
    private const int VisibilitySeconds = 2;

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Server_error_before_the_exchange_handled_the_placement_closes_the_intent_as_rejected_and_the_next_intent_is_placed_once()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "POST", Path = "/spot/orders", Count = 1, Status = 503 });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-5xx-before");

        // A 5xx says nothing about the order: unknown until "not found" has lasted past the visibility delay.
        Assert.Equal((202, "unknown"), (status, OperatorOrders.Outcome(body)));
        Assert.Empty(rig.Ledger.Orders);
        var refused = await OrderAsync(rig, body);
        Assert.True(await rig.StepUntilAsync(async () => (await rig.Store.GetOrderAsync(refused, None))!.IsTerminal, maxSeconds: VisibilitySeconds + 5), "the unknown intent was never resolved");
        Assert.Equal(OrderStatus.Rejected, (await rig.Store.GetOrderAsync(refused, None))!.Status);

        var next = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-5xx-before-next");

        Assert.Equal((200, "executed"), (next.Status, OperatorOrders.Outcome(next.Body)));
        var agreement = await EndCheckAsync(rig, "5xx before the exchange handled the placement");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Rejected), nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Server_error_after_the_exchange_made_the_order_is_recorded_once_without_a_resend()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "POST", Path = "/spot/orders", Count = 1, Status = 500, Body = SimMalformedBody.Truncated });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-5xx-after");

        Assert.Equal((200, "executed"), (status, OperatorOrders.Outcome(body)));
        var agreement = await EndCheckAsync(rig, "5xx after the exchange made the order");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Rate_limited_placement_is_rejected_once_never_resent_and_the_next_intent_is_placed_after_the_pause()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "POST", Path = "/spot/orders", Count = 1, Status = 429 });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-429");
        var again = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-429");

        // 429 is Gate refusing before it looked at the order: rejected at once, and the same key sends nothing again.
        Assert.Equal((422, "rejected"), (status, OperatorOrders.Outcome(body)));
        Assert.Equal((200, "duplicate"), (again.Status, OperatorOrders.Outcome(again.Body)));
        Assert.Empty(rig.Ledger.Orders);
        await rig.StepAsync(2);
        Assert.Empty(rig.Ledger.Orders);

        var next = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-429-next");

        Assert.Equal((200, "executed"), (next.Status, OperatorOrders.Outcome(next.Body)));
        var agreement = await EndCheckAsync(rig, "429 on placement");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Rejected), nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Answer_held_past_the_http_timeout_after_acceptance_is_resolved_to_the_exchanges_order_without_a_resend()
    {
        await using var rig = await StartAsync();
        // Held for two minutes of real time; the bot's HTTP_TIMEOUT (10 s) runs on the rig's clock, which the placement moves on.
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.DelayAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1, DelayMs = 120_000 });
        var sentAt = rig.Time.GetUtcNow();

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-timeout");

        Assert.True(rig.Time.GetUtcNow() - sentAt >= TimeSpan.FromSeconds(10), $"answered after {(rig.Time.GetUtcNow() - sentAt).TotalSeconds} s, before HTTP_TIMEOUT");
        Assert.Equal((200, "executed"), (status, OperatorOrders.Outcome(body)));
        var agreement = await EndCheckAsync(rig, "timeout after acceptance (DelayAfterProcess past HTTP_TIMEOUT)");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Dropped_response_after_acceptance_is_resolved_to_the_exchanges_order_without_a_resend()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.DropAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1 });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-dropped");

        Assert.Equal((200, "executed"), (status, OperatorOrders.Outcome(body)));
        var agreement = await EndCheckAsync(rig, "dropped response (DropAfterProcess)");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Late_fills_keep_the_order_open_until_the_trades_show_then_every_trade_is_booked_once()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.LateTrades, DelayMs = 5_000 });
        var sentAt = rig.Time.GetUtcNow();

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-late-fills");

        // The exchange filled it at once, but lists none of its trades yet: nothing booked, the order not final.
        var placed = await OrderAsync(rig, body);
        Assert.Equal(200, status);
        var filledOnExchange = Assert.Single(rig.Ledger.Orders);
        Assert.Equal(("closed", "filled"), (filledOnExchange.Status, filledOnExchange.FinishAs));
        Assert.NotEmpty(rig.Ledger.Trades);
        await rig.StepAsync(2);
        var waiting = (await rig.Store.GetOrderAsync(placed, None))!;
        Assert.False(waiting.IsTerminal, $"booked as {waiting.Status} before the exchange listed its trades");
        Assert.Empty(await rig.Store.GetFillsAsync(LiveSimulatorRig.Symbol, None));
        Assert.Equal(0m, (await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, None))?.Quantity ?? 0m);

        Assert.True(await rig.StepUntilAsync(async () => (await rig.Store.GetOrderAsync(placed, None))!.IsTerminal, maxSeconds: 10), "the order was not settled once its trades showed");
        var settledAfter = rig.Time.GetUtcNow() - sentAt;
        Assert.True(settledAfter >= TimeSpan.FromSeconds(5), $"settled {settledAfter.TotalSeconds} s after the fill, before the trades showed");
        rig.Simulator.ClearFaults();

        // Booked by settlement, not by the placement: the stops must guard it all the same (they did not, before the fix).
        Assert.True(await rig.StepUntilAsync(StopPlacedAsync(rig), maxSeconds: 3), "no exchange stop for the position its late fills opened");
        var agreement = await EndCheckAsync(rig, $"late fills (LateTrades 5 s; settled after {settledAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s)");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Lost_answer_whose_lookups_fail_too_is_resolved_by_settlement_and_the_position_it_books_gets_its_exchange_stop()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.DropAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1 });
        // Every attempt of the lookup by text right after the send (one try and three retries) meets a 503.
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/orders/t-", Count = 4, Status = 503 });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-unknown-settled");

        Assert.Equal((202, "unknown"), (status, OperatorOrders.Outcome(body)));
        var unknown = await OrderAsync(rig, body);
        Assert.Equal(OrderStatus.Unknown, (await rig.Store.GetOrderAsync(unknown, None))!.Status);
        Assert.Single(rig.Ledger.Orders);
        Assert.True(await rig.StepUntilAsync(async () => (await rig.Store.GetOrderAsync(unknown, None))!.IsTerminal, maxSeconds: VisibilitySeconds + 5), "settlement did not resolve the unknown order");
        Assert.True(await rig.StepUntilAsync(StopPlacedAsync(rig), maxSeconds: 3), "no exchange stop for the position settlement booked");

        var agreement = await EndCheckAsync(rig, "dropped response + failing lookups (unknown, resolved by settlement)");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Order_gate_no_longer_finds_by_text_whose_answer_was_lost_is_resolved_from_the_finished_orders()
    {
        await using var rig = await StartAsync();
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.ForgetText, DelayMs = 0 });
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.DropAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1 });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-forgotten-text");

        Assert.Equal((200, "executed"), (status, OperatorOrders.Outcome(body)));
        await rig.StepAsync(VisibilitySeconds + 1); // past the visibility delay too: "not found by text" must not close it
        rig.Simulator.ClearFaults();
        var agreement = await EndCheckAsync(rig, "order vanished by text (ForgetText) + lost answer");
        Assert.Equal(1, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled)], agreement.Statuses);
    }

    [Fact]
    public async Task Exchange_stop_that_fired_while_the_bot_was_down_is_recorded_after_the_restart()
    {
        await using var rig = await StartAsync();
        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-stop-while-down");
        Assert.Equal((200, "executed"), (status, OperatorOrders.Outcome(body)));
        Assert.True(await rig.StepUntilAsync(async () => await rig.Store.GetExchangeStopAsync(LiveSimulatorRig.Symbol, None) is not null, maxSeconds: 5), "no exchange stop placed");
        var stop = (await rig.Store.GetExchangeStopAsync(LiveSimulatorRig.Symbol, None))!;

        await rig.StopBotAsync();
        rig.Simulator.SetPrice(LiveSimulatorRig.Pair, stop.TriggerPrice - 50m);
        rig.Time.Advance(TimeSpan.FromSeconds(30));
        var fired = Assert.Single(rig.Ledger.PriceOrders, o => o.Id.ToString(CultureInfo.InvariantCulture) == stop.StopId);
        Assert.Equal("finish", fired.Status);
        await rig.StartBotAsync();

        Assert.True(
            await rig.StepUntilAsync(async () => (await OrdersAsync(rig)).Any(o => o.Side == OrderSide.Sell && o.IsTerminal), maxSeconds: 5),
            "the restarted bot did not record the sell its exchange stop made");
        var sell = Assert.Single(await OrdersAsync(rig), o => o.Side == OrderSide.Sell);
        Assert.Equal((TradeIntents.ExchangeStop, fired.FiredOrderId), (sell.Intent, sell.ExchangeOrderId));
        var agreement = await EndCheckAsync(rig, "exchange stop fired while the bot was down");
        Assert.Equal(2, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Filled), nameof(OrderStatus.Filled)], agreement.Statuses);
        Assert.False(agreement.StopResting);
    }

    [Fact]
    public async Task Partial_fill_followed_by_a_long_stall_is_cancelled_after_the_settlement_timeout_and_its_remainder_placed_once()
    {
        await using var rig = await StartAsync(("SETTLEMENT_TIMEOUT_SEC", SettlementTimeoutSeconds.ToString(CultureInfo.InvariantCulture)));
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.PartialFill, FillFraction = 0.4m, Method = "POST", Path = "/spot/orders", Count = 1 });

        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "matrix-partial-stall");

        var stalled = await OrderAsync(rig, body);
        Assert.Equal(200, status);
        Assert.Equal(OrderStatus.PartiallyFilled, (await rig.Store.GetOrderAsync(stalled, None))!.Status);
        await rig.StepAsync(SettlementTimeoutSeconds / 2);
        Assert.Equal("open", Assert.Single(rig.Ledger.Orders).Status); // stalled, and left alone before the timeout

        Assert.True(await rig.StepUntilAsync(() => Task.FromResult(rig.Ledger.Orders.Count == 2), maxSeconds: SettlementTimeoutSeconds), "the stalled remainder was not followed up");
        var agreement = await EndCheckAsync(rig, $"partial fill (40 %) then a stall past SETTLEMENT_TIMEOUT_SEC={SettlementTimeoutSeconds}");

        var original = rig.Ledger.Orders.Single(o => o.Text == "t-" + stalled.Value);
        var followUp = rig.Ledger.Orders.Single(o => o.Text == "t-" + stalled.Value + "-pf");
        Assert.Equal(("cancelled", "closed"), (original.Status, followUp.Status));
        Assert.Equal(2, agreement.ExchangeOrders);
        Assert.Equal([nameof(OrderStatus.Canceled), nameof(OrderStatus.Filled)], agreement.Statuses);
        await rig.StepAsync(SettlementTimeoutSeconds);
        Assert.Equal(2, rig.Ledger.Orders.Count); // settlement going on sends nothing more
    }

    private const int SettlementTimeoutSeconds = 10;

    private static Task<LiveSimulatorRig> StartAsync(params (string Name, string Value)[] overrides) =>
        LiveSimulatorRig.StartAsync(
            [OperatorOrders.TokenSetting, ("EXCHANGE_ORDER_VISIBILITY_SEC", VisibilitySeconds.ToString(CultureInfo.InvariantCulture)), .. overrides]);

    /// <summary>A few passes of every loop (settlement, reconciliation, the stop keeper), then the shared end check; prints the row's line.</summary>
    private async Task<ExchangeAgreement> EndCheckAsync(LiveSimulatorRig rig, string row)
    {
        await rig.StepAsync(3);
        var agreement = await LedgerAgreement.StateEqualsTheExchangeAsync(rig, StartQuote);
        var state = (await rig.StatusAsync()).GetProperty("state").GetString();
        output.WriteLine($"{row}: {agreement}; bot {state}");
        Assert.Equal("running", state);

        // Whatever path the fills took, a position that can be sold has its stop resting on the exchange.
        var rules = await ClockNudges.AwaitAsync(rig, rig.Broker.GetInstrumentRulesAsync(LiveSimulatorRig.Symbol, None).AsTask(), "the instrument rules");
        Assert.True(rules.IsSuccess, rules.Error?.Message);
        Assert.Equal(rules.Value.FloorAmount(agreement.Position) > 0m, agreement.StopResting);
        return agreement;
    }

    private static Func<Task<bool>> StopPlacedAsync(LiveSimulatorRig rig) =>
        async () => await rig.Store.GetExchangeStopAsync(LiveSimulatorRig.Symbol, None) is not null;

    private static async Task<ClientOrderId> OrderAsync(LiveSimulatorRig rig, JsonElement body)
    {
        var id = new ClientOrderId(body.GetProperty("order").GetProperty("client_order_id").GetString() ?? "");
        Assert.NotNull(await rig.Store.GetOrderAsync(id, None));
        return id;
    }

    private static Task<IReadOnlyList<Order>> OrdersAsync(LiveSimulatorRig rig) => rig.Store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, None);
}
