using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.ExchangeSim.Faults;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// 5xx answers. Reads are repeated with backoff until they succeed; a placement is sent exactly once whatever the
/// status says, and the intent is resolved from what the exchange really has — an order, or none.
/// </summary>
public sealed class ServerErrorTests
{
    private const int RetryingLogged = 3512;

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_read_meeting_transient_server_errors_is_retried_and_succeeds(int status)
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/tickers", Count = 2, Status = status });
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/accounts", Count = 3, Status = status });

        var ticker = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None);
        var balances = await rig.Broker.GetBalancesAsync(CancellationToken.None);

        Assert.Equal(60_006m, ticker.Value.Ask);
        Assert.True(balances.IsSuccess);
        Assert.Equal(3, rig.SimRequests("GET", "/spot/tickers").Count);
        Assert.Equal(4, rig.SimRequests("GET", "/spot/accounts").Count);
        Assert.Equal(5, rig.Logs.WithId(RetryingLogged).Count);
    }

    [Fact]
    public async Task A_placement_refused_with_503_before_the_exchange_handled_it_is_sent_once_and_settled_as_never_placed()
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "POST", Path = "/spot/orders", Count = 1, Status = 503 });

        var outcome = await rig.BuyAsync(500m);

        // A 5xx does not say whether the order exists: unknown, looked for at once, not found yet.
        Assert.Equal(TradeOutcomeKind.Unknown, outcome.Kind);
        Assert.Equal(ErrorCode.Unknown, outcome.Error!.Code);
        var clientOrderId = outcome.Order!.ClientOrderId;
        Assert.Single(rig.SimRequests("POST", "/spot/orders"));
        Assert.Empty(rig.Ledger.Orders);

        // Too early to conclude anything: Gate may show a new order only seconds later.
        Assert.Equal(0, await rig.Settle.SettleAsync(GateFaultRig.Btc, null, CancellationToken.None));
        Assert.Equal(OrderStatus.Unknown, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);

        Assert.Equal(1, await rig.SettleAfterVisibilityDelayAsync());
        Assert.Equal(OrderStatus.Rejected, (await rig.Store.GetOrderAsync(clientOrderId, CancellationToken.None))!.Status);
        Assert.Equal(TradeOutcomeKind.Duplicate, (await rig.BuyAsync(500m)).Kind);
        Assert.Single(rig.SimRequests("POST", "/spot/orders"));
        Assert.Empty(rig.Ledger.Orders);
        Assert.True((await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).IsFlat);
    }

    [Theory]
    [InlineData(500, SimMalformedBody.Truncated)]
    [InlineData(502, SimMalformedBody.Html)]
    public async Task A_placement_answered_with_a_server_error_after_the_exchange_made_the_order_is_sent_once_and_recorded(int status, SimMalformedBody body)
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Malformed, Method = "POST", Path = "/spot/orders", Count = 1, Status = status, Body = body });

        var outcome = await rig.BuyAsync(1_000m);

        Assert.Equal(TradeOutcomeKind.Executed, outcome.Kind);
        Assert.Single(rig.SimRequests("POST", "/spot/orders"));
        Assert.Empty(rig.Logs.WithId(RetryingLogged));
        await LedgerAssert.MatchesSimulatorAsync(rig, outcome.Order!.ClientOrderId);
        await LedgerAssert.PositionMatchesTradesAsync(rig);
        await AcceptedThenTimedOutTests.AssertNothingMoreHappensAsync(rig, outcome.Order.ClientOrderId);
    }
}
