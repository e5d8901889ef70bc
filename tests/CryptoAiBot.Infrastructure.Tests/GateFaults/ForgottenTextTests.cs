using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// Gate finds a finished order by its <c>text</c> only for a while. When that lookup says "not found", the order must
/// still be found — among the finished orders, or from the account's trades — and never be taken for one that never
/// arrived (which would make the next intent send a second order).
/// </summary>
public sealed class ForgottenTextTests
{
    private static readonly SimFaultRule DropPlacement = new() { Kind = SimFaultKind.DropAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1 };
    private static readonly SimFaultRule ForgetText = new() { Kind = SimFaultKind.ForgetText, DelayMs = 0 };

    [Fact]
    public async Task A_lost_answer_for_an_order_gate_no_longer_finds_by_text_is_resolved_from_the_finished_orders()
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(ForgetText);
        rig.Fault(DropPlacement);

        var first = await rig.BuyAsync(1_500m);

        Assert.Equal(TradeOutcomeKind.Executed, first.Kind);
        var clientOrderId = first.Order!.ClientOrderId;
        Assert.Single(rig.SimRequests("GET", $"/spot/orders/t-{clientOrderId.Value}"));
        Assert.Single(rig.SimRequests("GET", "/spot/open_orders"));
        Assert.Contains(rig.SimRequests("GET", "/spot/orders?"), e => e.Message.Contains("status=finished", StringComparison.Ordinal));
        await LedgerAssert.MatchesSimulatorAsync(rig, clientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        await AcceptedThenTimedOutTests.AssertNothingMoreHappensAsync(rig, clientOrderId);
    }

    [Fact]
    public async Task An_unknown_order_settled_two_days_later_is_found_from_the_account_trades()
    {
        // The simulator on its own clock, one housekeeping step an hour, so that two days can pass at once.
        var exchangeClock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        await using var rig = await GateFaultRig.StartAsync(o => o with { StepInterval = TimeSpan.FromHours(1) }, simulatorClock: exchangeClock);
        rig.Fault(ForgetText);
        rig.Fault(DropPlacement);
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/orders/t-", Count = 4, Status = 502 });

        var first = await rig.BuyAsync(1_500m);

        Assert.Equal(TradeOutcomeKind.Unknown, first.Kind);
        var clientOrderId = first.Order!.ClientOrderId;
        Assert.Single(rig.SimOrders(clientOrderId));
        Assert.Equal(TradeOutcomeKind.Duplicate, (await rig.BuyAsync(1_500m)).Kind);

        // The bot comes back two days later: Gate's finished-order list (one day) no longer holds the order either.
        exchangeClock.Advance(TimeSpan.FromDays(2));
        rig.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await rig.SettleAfterVisibilityDelayAsync());

        Assert.Equal(OrderStatus.Filled, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);
        Assert.Contains(rig.SimRequests("GET", "/spot/my_trades?"), e => e.Message.Contains("from=", StringComparison.Ordinal));
        await LedgerAssert.MatchesSimulatorAsync(rig, clientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        await AcceptedThenTimedOutTests.AssertNothingMoreHappensAsync(rig, clientOrderId, intentStillLive: false);
    }
}
