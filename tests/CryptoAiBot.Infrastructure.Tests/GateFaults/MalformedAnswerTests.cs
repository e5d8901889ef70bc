using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.ExchangeSim.Faults;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// Answers that cannot be read — cut short, an HTML page from a proxy, fields of the wrong type — after the simulator
/// really handled the request. A read becomes a logged MalformedResponse and nothing changes; a placement becomes
/// "outcome unknown" and is resolved to the order the exchange has; nothing crashes.
/// </summary>
public sealed class MalformedAnswerTests
{
    private const int MalformedLogged = 3517;
    private const int RefusedLogged = 3510;

    [Theory]
    [InlineData(SimMalformedBody.Truncated, null, MalformedLogged)]
    [InlineData(SimMalformedBody.WrongTypes, null, MalformedLogged)]
    [InlineData(SimMalformedBody.Html, 502, RefusedLogged)]
    [InlineData(SimMalformedBody.Html, null, MalformedLogged)]
    public async Task An_unreadable_answer_to_a_placement_is_resolved_to_the_order_the_exchange_made(SimMalformedBody body, int? status, int logged)
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "POST", Path = "/spot/orders", Count = 1, Body = body, Status = status });

        var outcome = await rig.BuyAsync(1_000m);

        Assert.Equal(TradeOutcomeKind.Executed, outcome.Kind);
        Assert.Equal(OrderStatus.Filled, outcome.Order!.Status);
        Assert.Contains(rig.Logs.WithId(logged), e => e.Message.Contains("/spot/orders", StringComparison.Ordinal));
        await LedgerAssert.MatchesSimulatorAsync(rig, outcome.Order.ClientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        await AcceptedThenTimedOutTests.AssertNothingMoreHappensAsync(rig, outcome.Order.ClientOrderId);
    }

    [Theory]
    [InlineData(SimMalformedBody.Truncated)]
    [InlineData(SimMalformedBody.WrongTypes)]
    [InlineData(SimMalformedBody.Html)]
    public async Task An_unreadable_ticker_is_a_logged_malformed_response_and_the_next_read_prices_again(SimMalformedBody body)
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "GET", Path = "/spot/tickers", Count = 1, Body = body });

        var broken = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None);
        var next = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None);

        Assert.False(broken.IsSuccess);
        Assert.Equal(ErrorCode.MalformedResponse, broken.Error.Code);
        Assert.Contains(rig.Logs.WithId(MalformedLogged), e => e.Message.Contains("/spot/tickers", StringComparison.Ordinal));
        Assert.True(next.IsSuccess);
        Assert.Equal(59_994m, next.Value.Bid);
        Assert.Equal(60_006m, next.Value.Ask);
    }

    [Theory]
    [InlineData(SimMalformedBody.Truncated)]
    [InlineData(SimMalformedBody.Html)]
    public async Task An_unreadable_balance_is_a_logged_malformed_response(SimMalformedBody body)
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "GET", Path = "/spot/accounts", Count = 1, Body = body });

        var broken = await rig.Broker.GetBalancesAsync(CancellationToken.None);
        var next = await rig.Broker.GetBalancesAsync(CancellationToken.None);

        Assert.Equal(ErrorCode.MalformedResponse, broken.Error!.Code);
        Assert.Contains(rig.Logs.WithId(MalformedLogged), e => e.Message.Contains("/spot/accounts", StringComparison.Ordinal));
        Assert.Equal(100_000m, Assert.Single(next.Value!, b => b.Asset == "USDT").Free);
    }

    [Fact]
    public async Task Unreadable_lookups_leave_the_order_unknown_until_a_readable_one_settles_it()
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.DropAfterProcess, Method = "POST", Path = "/spot/orders", Count = 1 });
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "GET", Path = "/spot/orders/t-", Count = 1, Body = SimMalformedBody.WrongTypes });

        var outcome = await rig.BuyAsync(1_000m);

        Assert.Equal(TradeOutcomeKind.Unknown, outcome.Kind);
        var clientOrderId = outcome.Order!.ClientOrderId;
        Assert.True((await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).IsFlat);

        // Settlement's first look meets a broken trade list: nothing is recorded from it, and it says why.
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "GET", Path = "/spot/my_trades", Count = 1, Body = SimMalformedBody.Truncated });
        Assert.Equal(0, await rig.SettleAfterVisibilityDelayAsync());
        Assert.Equal(OrderStatus.Unknown, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);
        Assert.Empty(await rig.Store.GetFillsAsync(GateFaultRig.Btc, CancellationToken.None));
        Assert.Contains(rig.Logs.WithId(2102), e => e.Message.Contains(clientOrderId.Value, StringComparison.Ordinal));
        Assert.Contains(rig.Logs.WithId(MalformedLogged), e => e.Message.Contains("/spot/my_trades", StringComparison.Ordinal));

        Assert.Equal(1, await rig.SettleAfterVisibilityDelayAsync());
        Assert.Equal(OrderStatus.Filled, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);
        await LedgerAssert.MatchesSimulatorAsync(rig, clientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        Assert.Single(rig.SimRequests("POST", "/spot/orders"));
    }
}
