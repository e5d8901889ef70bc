using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Tests.Execution;

public sealed class ExecuteTradeTests
{
    [Fact]
    public async Task Same_intent_twice_sends_one_order_and_returns_the_first_outcome()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());

        var first = await rig.BuyAsync();
        var second = await rig.BuyAsync();

        Assert.Equal(TradeOutcomeKind.Executed, first.Kind);
        Assert.Equal(TradeOutcomeKind.Duplicate, second.Kind);
        Assert.Equal(first.Order!.ClientOrderId, second.Order!.ClientOrderId);
        Assert.Equal(OrderStatus.Filled, second.Order.Status);
        Assert.Equal(1, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task Same_intent_in_the_next_bucket_is_a_new_order()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());

        var first = await rig.BuyAsync();
        rig.Time.Advance(ExecutionPolicy.Default.Bucket);
        var second = await rig.BuyAsync();

        Assert.Equal(TradeOutcomeKind.Executed, second.Kind);
        Assert.NotEqual(first.Order!.ClientOrderId, second.Order!.ClientOrderId);
        Assert.Equal(2, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task Same_intent_after_a_restart_over_the_same_sqlite_file_sends_nothing()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bot.sqlite3");
        var time = new ManualTimeProvider();
        ClientOrderId firstId;
        var firstStore = await TradingStoreFactory.OpenSqliteAsync(path, time, CancellationToken.None);
        try
        {
            var before = new TradingRig(firstStore, time);
            firstId = (await before.BuyAsync()).Order!.ClientOrderId;
            Assert.Equal(1, before.Broker.PlacedCount);
        }
        finally
        {
            await ((IAsyncDisposable)firstStore).DisposeAsync();
        }

        var reopened = await TradingStoreFactory.OpenSqliteAsync(path, time, CancellationToken.None);
        try
        {
            var after = new TradingRig(reopened, time);
            var again = await after.BuyAsync();

            Assert.Equal(TradeOutcomeKind.Duplicate, again.Kind);
            Assert.Equal(firstId, again.Order!.ClientOrderId);
            Assert.Equal(0, after.Broker.AttemptCount);
        }
        finally
        {
            await ((IAsyncDisposable)reopened).DisposeAsync();
        }
    }

    [Fact]
    public async Task Broker_failure_after_the_exchange_accepted_leaves_the_order_unknown_and_settlement_resolves_it_without_resending()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        rig.Broker.NextFault = BrokerFault.ThrowAfterSend;

        var outcome = await rig.BuyAsync();
        var retry = await rig.BuyAsync();

        Assert.Equal(TradeOutcomeKind.Unknown, outcome.Kind);
        Assert.Equal(OrderStatus.Unknown, outcome.Order!.Status);
        Assert.Equal(TradeOutcomeKind.Duplicate, retry.Kind);
        Assert.Equal(1, rig.Broker.AttemptCount);

        var settled = await rig.Settle.SettleAsync(TradingRig.BtcUsdt, null, CancellationToken.None);
        var order = await rig.Store.GetOrderAsync(outcome.Order.ClientOrderId, CancellationToken.None);

        Assert.Equal(1, settled);
        Assert.Equal(OrderStatus.Filled, order!.Status);
        Assert.Single(order.Fills);
        Assert.Equal(1, rig.Broker.PlacedCount);
        Assert.Equal(order.FilledBase - order.Fills[0].Fee, (await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, CancellationToken.None))!.Quantity);
    }

    [Fact]
    public async Task Broker_failure_before_the_request_left_is_resolved_as_rejected_after_the_exchange_reports_no_such_order()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        rig.Broker.NextFault = BrokerFault.ThrowBeforeSend;

        var outcome = await rig.BuyAsync();
        await rig.Settle.SettleAsync(TradingRig.BtcUsdt, null, CancellationToken.None);
        var order = await rig.Store.GetOrderAsync(outcome.Order!.ClientOrderId, CancellationToken.None);

        Assert.Equal(TradeOutcomeKind.Unknown, outcome.Kind);
        Assert.Equal(OrderStatus.Rejected, order!.Status);
        Assert.Equal(0, rig.Broker.PlacedCount);
        Assert.Empty(await rig.Store.GetFillsAsync(TradingRig.BtcUsdt, CancellationToken.None));
    }

    [Fact]
    public async Task A_buy_arms_the_protective_exit_and_selling_the_whole_position_clears_it()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());

        var buy = await rig.BuyAsync();
        var exit = await rig.Store.GetProtectiveExitAsync(TradingRig.BtcUsdt, CancellationToken.None);
        var sell = await rig.SellAllAsync();

        Assert.NotNull(exit);
        // Stops are measured from the entry fill price (the base-coin fee does not move them).
        Assert.Equal(buy.Order!.AveragePrice, exit.EntryPrice);
        Assert.Equal(OrderStatus.Filled, sell.Order!.Status);
        Assert.Null(await rig.Store.GetProtectiveExitAsync(TradingRig.BtcUsdt, CancellationToken.None));
        Assert.Equal(0m, (await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, CancellationToken.None))!.Quantity, 6);
    }

    [Fact]
    public async Task Events_are_published_only_after_the_commit_through_the_outbox()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());

        await rig.BuyAsync();
        Assert.Empty(rig.Bus.Events);
        var published = await rig.Outbox.PublishPendingAsync(CancellationToken.None);

        Assert.Equal(2, published);
        Assert.Equal([EventTopics.OrderExecuted, EventTopics.TradeCompleted], rig.Bus.Events.Select(e => e.Topic));
        Assert.Empty(await rig.Store.GetUnpublishedEventsAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_buy_below_the_minimum_is_refused_before_anything_is_stored_or_sent()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());

        var outcome = await rig.BuyAsync(quote: 1m);
        await rig.Outbox.PublishPendingAsync(CancellationToken.None);

        Assert.Equal(TradeOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal(ErrorCode.BelowMinimum, outcome.Error!.Code);
        Assert.Null(outcome.Order);
        Assert.Empty(await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal(0, rig.Broker.AttemptCount);
        Assert.Contains("BelowMinimum", Assert.Single(rig.Bus.Topic(EventTopics.TradeFailed)).PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insufficient_balance_is_recorded_as_a_rejected_order_with_a_trade_failed_event()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());

        var outcome = await rig.BuyAsync(quote: 20_000m);
        await rig.Outbox.PublishPendingAsync(CancellationToken.None);

        Assert.Equal(TradeOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal(OrderStatus.Rejected, outcome.Order!.Status);
        Assert.Equal(ErrorCode.InsufficientBalance, outcome.Error!.Code);
        Assert.Single(rig.Bus.Topic(EventTopics.TradeFailed));
    }

    [Fact]
    public void Client_order_ids_are_stable_per_intent_and_fit_gate_io_limits()
    {
        var key = IntentKey.For(TradingRig.BtcUsdt, OrderSide.Buy, TradeIntents.Entry, new DateTimeOffset(2026, 1, 1, 0, 0, 30, TimeSpan.Zero), TimeSpan.FromMinutes(1));
        var sameBucket = IntentKey.For(TradingRig.BtcUsdt, OrderSide.Buy, TradeIntents.Entry, new DateTimeOffset(2026, 1, 1, 0, 0, 59, TimeSpan.Zero), TimeSpan.FromMinutes(1));

        Assert.Equal(key, sameBucket);
        Assert.Equal(IntentKey.ClientOrderIdFor(key), IntentKey.ClientOrderIdFor(sameBucket));
        Assert.True(IntentKey.ClientOrderIdFor(key).Value.Length + "-pf".Length <= ClientOrderId.MaxLength);
    }
}
