using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Reconciliation;

/// <summary><see cref="Application.Reconciliation.ReconcileAccount"/> over the paper broker and the in-memory store.</summary>
public sealed class ReconcileAccountTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task An_order_the_exchange_filled_while_our_books_say_pending_is_closed_with_its_fill_once_and_the_checkpoint_moves()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var id = new ClientOrderId("clostanswer0000000000a");
        var pending = new Order
        {
            ClientOrderId = id, Symbol = TradingRig.BtcUsdt, Side = OrderSide.Buy, Intent = "entry", IdempotencyKey = "lost",
            RequestedQuote = 100m, CreatedAt = rig.Time.GetUtcNow(), UpdatedAt = rig.Time.GetUtcNow(),
        };
        await rig.Store.ClaimIdempotencyKeyAsync(pending, rig.Time.GetUtcNow().AddHours(1), None);
        var placed = await rig.Paper.PlaceMarketBuyAsync(TradingRig.BtcUsdt, 100m, id, None);
        Assert.True(placed.IsSuccess);
        var reconcile = rig.Reconciliation();

        var first = await reconcile.ReconcileAsync(TradingRig.BtcUsdt, 0.000001m, "t", None);
        var second = await reconcile.ReconcileAsync(TradingRig.BtcUsdt, 0.000001m, "t", None);

        Assert.Equal((1, 1), (first.Value.FillsApplied, first.Value.OrdersClosed));
        Assert.True(first.Value.Found.Drift.Explained);
        Assert.Null(first.Value.After.Pause);
        Assert.Equal((0, 0), (second.Value.FillsApplied, second.Value.OrdersClosed));
        Assert.Empty(second.Value.Found.Actions);
        var stored = await rig.Store.GetOrderAsync(id, None);
        Assert.Equal(OrderStatus.Filled, stored!.Status);
        Assert.Equal(placed.Value.Fills.Select(f => f.TradeId), (await rig.Store.GetFillsAsync(TradingRig.BtcUsdt, None)).Select(f => f.TradeId));
        Assert.Equal(rig.Time.GetUtcNow(), (await rig.Store.GetReconciliationCheckpointAsync(TradingRig.BtcUsdt, None))!.ReconciledAt);
        Assert.Equal(2, rig.Bus.Topic(EventTopics.ReconciliationCompleted).Count);
        Assert.Equal(first.Value.After.Drift.Local, (await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, None))!.Quantity);
    }

    [Fact]
    public async Task Coin_added_behind_our_back_is_a_mismatch_until_an_operator_accepts_it_and_then_stays_accepted()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        await rig.BuyAsync();
        var balances = (await rig.Paper.GetBalancesAsync(None)).Value;
        rig.Paper.RestoreBalances(balances.Select(b => b.Asset == "BTC" ? b with { Free = b.Free + 0.5m } : b));
        var reconcile = rig.Reconciliation();

        var drifted = await reconcile.ReconcileAsync(TradingRig.BtcUsdt, 0.000001m, "t", None);
        reconcile.AcceptDriftOnNextPass(TradingRig.BtcUsdt);
        var accepted = await reconcile.ReconcileAsync(TradingRig.BtcUsdt, 0.000001m, "t", None);
        var later = await reconcile.ReconcileAsync(TradingRig.BtcUsdt, 0.000001m, "t", None);

        Assert.NotNull(drifted.Value.After.Pause);
        Assert.Equal(0.5m, drifted.Value.After.Drift.Difference);
        var mismatch = Assert.Single(rig.Bus.Topic(EventTopics.ReconciliationPositionMismatch));
        Assert.Contains("\"difference\":0.5", mismatch.PayloadJson, StringComparison.Ordinal);
        Assert.Null(accepted.Value.After.Pause);
        Assert.Null(later.Value.After.Pause);
        Assert.Equal(0.5m, (await rig.Store.GetReconciliationCheckpointAsync(TradingRig.BtcUsdt, None))!.AcceptedOffset);
    }

    [Fact]
    public async Task A_dry_check_corrects_nothing_and_moves_no_checkpoint()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var id = new ClientOrderId("clostanswer0000000000b");
        await rig.Store.ClaimIdempotencyKeyAsync(
            new Order
            {
                ClientOrderId = id, Symbol = TradingRig.BtcUsdt, Side = OrderSide.Buy, Intent = "entry", IdempotencyKey = "lost",
                RequestedQuote = 100m, CreatedAt = rig.Time.GetUtcNow(), UpdatedAt = rig.Time.GetUtcNow(),
            },
            rig.Time.GetUtcNow().AddHours(1), None);
        await rig.Paper.PlaceMarketBuyAsync(TradingRig.BtcUsdt, 100m, id, None);

        var result = await rig.Reconciliation().CheckAsync(TradingRig.BtcUsdt, 0.000001m, None);

        Assert.Single(result.Value.Actions);
        Assert.Equal(OrderStatus.Pending, (await rig.Store.GetOrderAsync(id, None))!.Status);
        Assert.Null(await rig.Store.GetReconciliationCheckpointAsync(TradingRig.BtcUsdt, None));
        Assert.Empty(rig.Bus.Topic(EventTopics.ReconciliationCompleted));
    }
}
