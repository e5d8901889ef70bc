using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim.Faults;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// The simulator creates and fills the order, then its answer never arrives: held past HTTP_TIMEOUT, or the connection
/// dropped. The bot must end up with exactly the order the exchange has — found by client order id, never sent again.
/// </summary>
public sealed class AcceptedThenTimedOutTests
{
    private const int OutcomeUnknownLogged = 3516;

    [Theory]
    [InlineData(SimFaultKind.DelayAfterProcess)]
    [InlineData(SimFaultKind.DropAfterProcess)]
    public async Task An_order_whose_answer_is_lost_is_found_by_client_id_and_recorded_as_the_exchange_has_it(SimFaultKind fault)
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = fault, Method = "POST", Path = "/spot/orders", Count = 1, DelayMs = 30_000 });

        var first = await rig.BuyAsync(2_000m);

        Assert.Equal(TradeOutcomeKind.Executed, first.Kind);
        Assert.Equal(OrderStatus.Filled, first.Order!.Status);
        var clientOrderId = first.Order.ClientOrderId;
        await LedgerAssert.MatchesSimulatorAsync(rig, clientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        Assert.Contains(rig.Logs.WithId(OutcomeUnknownLogged), e => e.Message.Contains("/spot/orders", StringComparison.Ordinal));
        await AssertNothingMoreHappensAsync(rig, clientOrderId);
    }

    [Fact]
    public async Task A_sell_through_several_levels_whose_answer_is_lost_is_recorded_with_every_trade_net_of_its_quote_fee()
    {
        await using var rig = await GateFaultRig.StartAsync();
        var buy = await rig.BuyAsync(2_000m);
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.DelayAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1, DelayMs = 30_000 });

        var sell = await rig.SellAllAsync();

        Assert.Equal(TradeOutcomeKind.Executed, sell.Kind);
        var sold = await LedgerAssert.MatchesSimulatorAsync(rig, sell.Order!.ClientOrderId);
        Assert.True(rig.SimTrades(sold.Id).Count > 1);
        Assert.All(sell.Order.Fills, f => Assert.Equal("USDT", f.FeeAsset));
        await LedgerAssert.MatchesSimulatorAsync(rig, buy.Order!.ClientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        Assert.Equal(2, rig.SimRequests("POST", "/spot/orders").Count);
    }

    [Fact]
    public async Task A_lost_answer_that_cannot_be_looked_up_at_once_is_recorded_as_unknown_and_settlement_resolves_it()
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.DelayAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1, DelayMs = 30_000 });

        // Every attempt of the lookup by text (one try and three retries) meets a 503.
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/orders/t-", Count = 4, Status = 503 });

        var first = await rig.BuyAsync(2_000m);

        Assert.Equal(TradeOutcomeKind.Unknown, first.Kind);
        var clientOrderId = first.Order!.ClientOrderId;
        Assert.Equal(OrderStatus.Unknown, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);
        Assert.True((await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).IsFlat);
        Assert.Contains(rig.Logs.WithId(2005), e => e.Message.Contains(clientOrderId.Value, StringComparison.Ordinal));
        Assert.Single(rig.SimOrders(clientOrderId));

        // The same intent while unknown sends nothing.
        var again = await rig.BuyAsync(2_000m);
        Assert.Equal(TradeOutcomeKind.Duplicate, again.Kind);
        Assert.Single(rig.SimRequests("POST", "/spot/orders"));

        Assert.Equal(1, await rig.SettleAfterVisibilityDelayAsync());

        Assert.Equal(OrderStatus.Filled, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);
        await LedgerAssert.MatchesSimulatorAsync(rig, clientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        await AssertNothingMoreHappensAsync(rig, clientOrderId);
    }

    /// <summary>
    /// The same intent (still in its idempotency bucket unless <paramref name="intentStillLive"/> is false) sends
    /// nothing and settlement changes nothing: one POST ever, the record as it was.
    /// </summary>
    internal static async Task AssertNothingMoreHappensAsync(GateFaultRig rig, ClientOrderId clientOrderId, bool intentStillLive = true)
    {
        var recorded = await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None);
        var position = (await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).Quantity;

        if (intentStillLive)
        {
            var again = await rig.BuyAsync(2_000m);
            Assert.Equal(TradeOutcomeKind.Duplicate, again.Kind);
            Assert.Equal(clientOrderId, again.Order!.ClientOrderId);
        }

        Assert.Equal(0, await rig.SettleAfterVisibilityDelayAsync());

        Assert.Single(rig.SimRequests("POST", "/spot/orders"));
        Assert.Single(rig.SimOrders(clientOrderId));
        var after = await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None);
        Assert.Equal(recorded!.Status, after!.Status);
        Assert.Equal(recorded.Fills, after.Fills);
        Assert.Equal(position, (await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).Quantity);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
    }
}
