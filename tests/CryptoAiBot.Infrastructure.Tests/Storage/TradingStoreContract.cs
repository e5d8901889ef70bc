using System.Globalization;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Infrastructure.Tests.Storage.StoreSamples;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

/// <summary>
/// What every <see cref="ITradingStore"/> must do. Each implementation's test class inherits this and
/// only says how to create the store, so the SQLite and in-memory stores are held to identical semantics.
/// </summary>
public abstract class TradingStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private ITradingStore? _store;

    protected ITradingStore Store => _store ?? throw new InvalidOperationException("Store not created yet.");

    protected abstract Task<ITradingStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task Claim_wins_for_a_new_key_and_stores_the_pending_order()
    {
        var order = Order("c1", "key-1");

        Assert.Equal(IdempotencyClaim.Won, await Store.ClaimIdempotencyKeyAsync(order, T0.AddMinutes(5), None));

        var stored = await Store.GetOrderAsync(order.ClientOrderId, None);
        Assert.Equal(order with { Fills = [] }, stored! with { Fills = [] });
        Assert.Equal([order.ClientOrderId], (await Store.GetActiveOrdersAsync(null, None)).Select(o => o.ClientOrderId));
    }

    [Fact]
    public async Task Claim_loses_to_a_live_key_and_writes_nothing()
    {
        await Store.ClaimIdempotencyKeyAsync(Order("c1", "key-1"), T0.AddMinutes(5), None);

        var claim = await Store.ClaimIdempotencyKeyAsync(Order("c2", "key-1", T0.AddMinutes(4)), T0.AddMinutes(10), None);

        Assert.Equal(IdempotencyClaim.Lost(new ClientOrderId("c1")), claim);
        Assert.Null(await Store.GetOrderAsync(new ClientOrderId("c2"), None));
        Assert.Single(await Store.GetOrdersSinceAsync(T0.AddDays(-1), None));
    }

    [Fact]
    public async Task Claim_wins_again_once_the_key_has_expired_and_then_points_to_the_new_order()
    {
        await Store.ClaimIdempotencyKeyAsync(Order("c1", "key-1"), T0.AddMinutes(5), None);

        // Expiry is exclusive: at exactly the expiry time the key is no longer live.
        Assert.True((await Store.ClaimIdempotencyKeyAsync(Order("c2", "key-1", T0.AddMinutes(5)), T0.AddMinutes(10), None)).Claimed);
        var third = await Store.ClaimIdempotencyKeyAsync(Order("c3", "key-1", T0.AddMinutes(6)), T0.AddMinutes(11), None);

        Assert.Equal(IdempotencyClaim.Lost(new ClientOrderId("c2")), third);
        Assert.NotNull(await Store.GetOrderAsync(new ClientOrderId("c1"), None));
        Assert.NotNull(await Store.GetOrderAsync(new ClientOrderId("c2"), None));
    }

    [Fact]
    public async Task Claim_never_overwrites_a_stored_order_even_when_its_key_expired()
    {
        await Store.ClaimIdempotencyKeyAsync(Order("c1", "key-1"), T0.AddMinutes(1), None);
        var replay = Order("c1", "key-2", T0.AddMinutes(2)) with { Intent = "changed" };

        Assert.Equal(IdempotencyClaim.Lost(new ClientOrderId("c1")), await Store.ClaimIdempotencyKeyAsync(replay, T0.AddMinutes(9), None));
        Assert.Equal("entry", (await Store.GetOrderAsync(new ClientOrderId("c1"), None))!.Intent);

        // The losing claim reserved nothing.
        Assert.True((await Store.ClaimIdempotencyKeyAsync(Order("c2", "key-2", T0.AddMinutes(2)), T0.AddMinutes(9), None)).Claimed);
    }

    [Fact]
    public async Task Parallel_claims_of_one_key_have_exactly_one_winner()
    {
        var orders = Enumerable.Range(0, 24).Select(i => Order($"p{i}", "key-race")).ToList();

        var claims = await Task.WhenAll(orders.Select(o => Task.Run(() => Store.ClaimIdempotencyKeyAsync(o, T0.AddMinutes(5), None))));

        var winner = Assert.Single(orders.Where((_, i) => claims[i].Claimed));
        Assert.All(claims.Where(c => !c.Claimed), c => Assert.Equal(winner.ClientOrderId, c.ExistingClientOrderId));
        Assert.Equal([winner.ClientOrderId], (await Store.GetOrdersSinceAsync(T0, None)).Select(o => o.ClientOrderId));
    }

    [Fact]
    public async Task Commit_writes_orders_fills_positions_exits_events_and_audit_together()
    {
        var order = Order("c1") with { Status = OrderStatus.Filled, FilledBase = 0.001m, FilledQuote = 50m };
        var fill = Fill("t1", "c1", T0.AddSeconds(1));
        var position = new PositionSnapshot("BTC/USDT", 0.000999m, 50_000m, 50m, 0m, T0, T0.AddSeconds(1));
        var exit = ProtectiveExit.Arm(Btc, 50_000m, 2m, 1.5m, T0.AddSeconds(1));

        await Store.CommitAsync(
            new StoreChanges
            {
                Orders = [order], Fills = [fill], Positions = [position], ExitsToSave = [exit],
                Events = [OutboxMessage.New("orders.filled", "{\"id\":\"c1\"}", "BTC/USDT", "trace-1", T0)],
                Audit = [new AuditEntry(T0, "order.filled", "BTC/USDT", "{}")],
            },
            None);

        Assert.Equal([fill], (await Store.GetOrderAsync(order.ClientOrderId, None))!.Fills);
        Assert.Equal([fill], await Store.GetFillsAsync(Btc, None));
        Assert.Equal(position, await Store.GetPositionAsync(Btc, None));
        Assert.Equal(exit, await Store.GetProtectiveExitAsync(Btc, None));
        Assert.Equal("orders.filled", Assert.Single(await Store.GetUnpublishedEventsAsync(10, None)).Topic);
        Assert.Equal("order.filled", Assert.Single(await Store.GetAuditAsync(T0, None)).Action);
        Assert.Empty(await Store.GetActiveOrdersAsync(null, None));
    }

    [Fact]
    public async Task An_exchange_stop_is_saved_replaced_and_cleared_per_symbol_with_its_digits_kept()
    {
        var eth = Symbol.Parse("ETH/USDT");
        var first = new ExchangeStop(Btc, "916510270", 48_500.10m, 0.00199800m, T0.AddMilliseconds(1.6));
        var replaced = first with { StopId = "916510271", TriggerPrice = 49_000.0m };
        var other = new ExchangeStop(eth, "77", 2_000m, 1m, T0);

        await Store.CommitAsync(new StoreChanges { ExchangeStopsToSave = [first, other] }, None);
        var stored = await Store.GetExchangeStopAsync(Btc, None);
        await Store.CommitAsync(new StoreChanges { ExchangeStopsToSave = [replaced] }, None);
        var afterReplace = await Store.GetExchangeStopAsync(Btc, None);
        await Store.CommitAsync(new StoreChanges { ExchangeStopsToClear = [Btc] }, None);

        Assert.Equal(first with { PlacedAt = T0.AddMilliseconds(1) }, stored);
        Assert.Equal("0.00199800", Text(stored!.BaseAmount));
        Assert.Equal(replaced with { PlacedAt = T0.AddMilliseconds(1) }, afterReplace);
        Assert.Equal("49000.0", Text(afterReplace!.TriggerPrice));
        Assert.Null(await Store.GetExchangeStopAsync(Btc, None));
        Assert.Equal(other, await Store.GetExchangeStopAsync(eth, None));
    }

    [Fact]
    public async Task A_reconciliation_checkpoint_is_saved_and_replaced_per_symbol_with_its_offset_digits_kept()
    {
        var eth = Symbol.Parse("ETH/USDT");
        Assert.Null(await Store.GetReconciliationCheckpointAsync(Btc, None));

        await Store.CommitAsync(
            new StoreChanges { ReconciliationCheckpoints = [new(Btc, T0.AddMilliseconds(1.6), 0.00100m), new(eth, T0, 0m)] }, None);
        var first = await Store.GetReconciliationCheckpointAsync(Btc, None);
        await Store.CommitAsync(new StoreChanges { ReconciliationCheckpoints = [new(Btc, T0.AddMinutes(1), 0.25m)] }, None);

        Assert.Equal(new ReconciliationCheckpoint(Btc, T0.AddMilliseconds(1), 0.00100m), first);
        Assert.Equal("0.00100", Text(first!.AcceptedOffset));
        Assert.Equal(new ReconciliationCheckpoint(Btc, T0.AddMinutes(1), 0.25m), await Store.GetReconciliationCheckpointAsync(Btc, None));
        Assert.Equal(new ReconciliationCheckpoint(eth, T0, 0m), await Store.GetReconciliationCheckpointAsync(eth, None));
    }

    [Fact]
    public async Task Commit_that_fails_leaves_nothing_of_its_changes()
    {
        await Store.ClaimIdempotencyKeyAsync(Order("c1"), T0.AddMinutes(5), None);
        var failing = new StoreChanges
        {
            Orders = [Order("c1") with { Status = OrderStatus.Open }, Order("c2")],
            Fills = [Fill("t1", "c2", T0), Fill("t2", "ghost", T0)],
            Positions = [new PositionSnapshot("BTC/USDT", 1m, 1m, 1m, 0m, T0, T0)],
            ExitsToSave = [ProtectiveExit.Arm(Btc, 1m, 1m, 1m, T0)],
            Events = [OutboxMessage.New("orders.accepted", "{}", "BTC/USDT", null, T0)],
            Audit = [new AuditEntry(T0, "order.accepted", "BTC/USDT", "{}")],
        };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.CommitAsync(failing, None));

        Assert.Equal(OrderStatus.Pending, (await Store.GetOrderAsync(new ClientOrderId("c1"), None))!.Status);
        Assert.Null(await Store.GetOrderAsync(new ClientOrderId("c2"), None));
        Assert.Empty(await Store.GetFillsAsync(Btc, None));
        Assert.Null(await Store.GetPositionAsync(Btc, None));
        Assert.Null(await Store.GetProtectiveExitAsync(Btc, None));
        Assert.Empty(await Store.GetUnpublishedEventsAsync(10, None));
        Assert.Empty(await Store.GetAuditAsync(T0.AddDays(-1), None));
    }

    [Fact]
    public async Task Commit_with_a_missing_required_value_is_rejected_whole()
    {
        var changes = new StoreChanges { Orders = [Order("c1")], Audit = [new AuditEntry(T0, null!, null, "{}")] };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.CommitAsync(changes, None));

        Assert.Null(await Store.GetOrderAsync(new ClientOrderId("c1"), None));
    }

    [Fact]
    public async Task Fill_with_a_repeated_trade_id_is_stored_once()
    {
        var first = Fill("t1", "c1", T0, price: 50_000m);
        await Store.CommitAsync(new StoreChanges { Orders = [Order("c1")], Fills = [first] }, None);

        var second = Fill("t2", "c1", T0.AddSeconds(1));
        await Store.CommitAsync(new StoreChanges { Fills = [Fill("t1", "c1", T0, price: 1m), second, second] }, None);

        Assert.Equal([first, second], await Store.GetFillsAsync(Btc, None));
        Assert.Equal([first, second], (await Store.GetOrderAsync(new ClientOrderId("c1"), None))!.Fills);
    }

    [Fact]
    public async Task Order_round_trips_every_field_and_all_decimal_digits()
    {
        var fill = new Fill(new TradeId("t-18"), new ClientOrderId("c.full-1"), Eth, OrderSide.Sell,
            98765.4321098765432m, 0.123456789012345678m, 0.000000000000000001m, "USDT", T0.AddMilliseconds(789));
        var order = new Order
        {
            ClientOrderId = new ClientOrderId("c.full-1"), Symbol = Eth, Side = OrderSide.Sell, Intent = "trailing_stop",
            IdempotencyKey = "ETH/USDT|exit|42", RequestedQuote = 1234567890.12345678m, RequestedBase = 0.123456789012345678m,
            ReferencePrice = 98765.4321098765432m, Status = OrderStatus.CancelRequested, StatusBeforeCancel = OrderStatus.PartiallyFilled,
            ExchangeOrderId = "845129763", FilledBase = 1.500000000000000000m, FilledQuote = -0.000000000000000001m,
            LastError = "cancel timed out; will retry", CreatedAt = T0.AddMilliseconds(123), UpdatedAt = T0.AddMilliseconds(456),
            Fills = [fill],
        };

        await Store.CommitAsync(new StoreChanges { Orders = [order] }, None);
        var stored = (await Store.GetOrderAsync(order.ClientOrderId, None))!;

        Assert.Equal(order with { Fills = [] }, stored with { Fills = [] });
        Assert.Equal(Digits(order), Digits(stored));
        Assert.Equal(Digits(fill), Digits(Assert.Single(stored.Fills)));
        Assert.Equal(fill, stored.Fills[0]);
    }

    [Fact]
    public async Task Active_orders_are_the_non_terminal_ones_optionally_of_one_symbol()
    {
        var orders = Enum.GetValues<OrderStatus>()
            .Select((s, i) => Order($"o{i}", createdAt: T0.AddSeconds(i), status: s, symbol: i % 2 == 0 ? Btc : Eth)).ToList();
        await Store.CommitAsync(new StoreChanges { Orders = orders }, None);

        var active = await Store.GetActiveOrdersAsync(null, None);
        var activeBtc = await Store.GetActiveOrdersAsync(Btc, None);

        Assert.Equal(
            [OrderStatus.Pending, OrderStatus.Open, OrderStatus.PartiallyFilled, OrderStatus.CancelRequested, OrderStatus.Unknown],
            active.Select(o => o.Status));
        Assert.Equal(orders.Where(o => !o.IsTerminal && o.Symbol == Btc).Select(o => o.ClientOrderId), activeBtc.Select(o => o.ClientOrderId));
    }

    [Fact]
    public async Task Orders_since_a_time_come_oldest_first_with_their_fills()
    {
        var orders = new[] { Order("a", createdAt: T0.AddMinutes(2)), Order("b", createdAt: T0), Order("c", createdAt: T0.AddMinutes(1)) };
        await Store.CommitAsync(new StoreChanges { Orders = orders, Fills = [Fill("t1", "a", T0.AddMinutes(3))] }, None);

        var since = await Store.GetOrdersSinceAsync(T0.AddMinutes(1), None);

        Assert.Equal(["c", "a"], since.Select(o => o.ClientOrderId.Value));
        Assert.Equal("t1", Assert.Single(since[1].Fills).TradeId.Value);
    }

    [Fact]
    public async Task Fills_of_a_symbol_come_oldest_first_then_by_trade_id()
    {
        await Store.CommitAsync(new StoreChanges { Orders = [Order("c1"), Order("c2", symbol: Eth)] }, None);
        var fills = new[] { Fill("t3", "c1", T0.AddSeconds(2)), Fill("t2", "c1", T0.AddSeconds(1)), Fill("t1", "c1", T0.AddSeconds(2)) };
        await Store.CommitAsync(new StoreChanges { Fills = [.. fills, Fill("e1", "c2", T0, symbol: Eth)] }, None);

        Assert.Equal(["t2", "t1", "t3"], (await Store.GetFillsAsync(Btc, None)).Select(f => f.TradeId.Value));
    }

    [Fact]
    public async Task Fills_from_a_position_are_the_rest_of_the_symbols_fills_in_the_same_order()
    {
        await Store.CommitAsync(new StoreChanges { Orders = [Order("c1"), Order("c2", symbol: Eth)] }, None);
        var fills = new[] { Fill("t3", "c1", T0.AddSeconds(2)), Fill("t2", "c1", T0.AddSeconds(1)), Fill("t1", "c1", T0.AddSeconds(2)) };
        await Store.CommitAsync(new StoreChanges { Fills = [.. fills, Fill("e1", "c2", T0, symbol: Eth)] }, None);

        Assert.Equal(["t2", "t1", "t3"], (await Store.GetFillsFromAsync(Btc, 0, None)).Select(f => f.TradeId.Value));
        Assert.Equal(["t1", "t3"], (await Store.GetFillsFromAsync(Btc, 1, None)).Select(f => f.TradeId.Value));
        Assert.Equal(["t3"], (await Store.GetFillsFromAsync(Btc, 2, None)).Select(f => f.TradeId.Value));
        Assert.Empty(await Store.GetFillsFromAsync(Btc, 3, None));
        Assert.Empty(await Store.GetFillsFromAsync(Btc, 9, None));
        Assert.Equal(await Store.GetFillsAsync(Eth, None), await Store.GetFillsFromAsync(Eth, 0, None));

        // A fill stored later but earlier in time moves the rest along.
        await Store.CommitAsync(new StoreChanges { Fills = [Fill("t0", "c1", T0)] }, None);
        Assert.Equal(["t2", "t1", "t3"], (await Store.GetFillsFromAsync(Btc, 1, None)).Select(f => f.TradeId.Value));
    }

    [Fact]
    public async Task Outbox_returns_unpublished_events_in_commit_order_until_marked()
    {
        foreach (var topic in new[] { "a", "b", "c" })
        {
            await Store.CommitAsync(new StoreChanges { Events = [OutboxMessage.New(topic, $"{{\"t\":\"{topic}\"}}", null, "tr", T0)] }, None);
        }

        var firstTwo = await Store.GetUnpublishedEventsAsync(2, None);
        Assert.Equal(["a", "b"], firstTwo.Select(e => e.Topic));
        Assert.True(firstTwo[0].Id > 0 && firstTwo[1].Id > firstTwo[0].Id);
        Assert.Equal(OutboxMessage.New("a", "{\"t\":\"a\"}", null, "tr", T0) with { Id = firstTwo[0].Id }, firstTwo[0]);

        await Store.MarkEventsPublishedAsync([.. firstTwo.Select(e => e.Id)], T0.AddSeconds(1), None);

        Assert.Equal(["c"], (await Store.GetUnpublishedEventsAsync(10, None)).Select(e => e.Topic));
    }

    [Fact]
    public async Task Protective_exit_is_saved_updated_and_cleared()
    {
        var armed = ProtectiveExit.Arm(Btc, 50_000m, 2m, 1.5m, T0);
        await Store.CommitAsync(new StoreChanges { ExitsToSave = [armed, ProtectiveExit.Arm(Eth, 3_000m, 2m, 0m, T0)] }, None);
        var raised = armed.Observe(51_234.5678m, T0.AddMinutes(1));
        await Store.CommitAsync(new StoreChanges { ExitsToSave = [raised], ExitsToClear = [Eth] }, None);

        Assert.Equal(raised, await Store.GetProtectiveExitAsync(Btc, None));
        Assert.Null(await Store.GetProtectiveExitAsync(Eth, None));

        await Store.CommitAsync(new StoreChanges { ExitsToClear = [Btc] }, None);
        Assert.Null(await Store.GetProtectiveExitAsync(Btc, None));
    }

    [Fact]
    public async Task Position_is_upserted_by_symbol()
    {
        var flat = new PositionSnapshot("BTC/USDT", 0m, 0m, 0m, 12.5m, null, T0);
        await Store.CommitAsync(new StoreChanges { Positions = [flat] }, None);
        Assert.Equal(flat, await Store.GetPositionAsync(Btc, None));

        var open = new PositionSnapshot("BTC/USDT", 0.0123456789m, 50_123.45m, 616.6m, 12.5m, T0.AddMinutes(1), T0.AddMinutes(1));
        await Store.CommitAsync(new StoreChanges { Positions = [open] }, None);
        Assert.Equal(open, await Store.GetPositionAsync(Btc, None));
        Assert.Null(await Store.GetPositionAsync(Eth, None));
    }

    [Fact]
    public async Task Candles_are_replaced_by_open_time_and_read_in_a_half_open_range()
    {
        var candles = Enumerable.Range(0, 5).Select(i => new Candle(T0.AddMinutes(i), 1m + i, 2m + i, 0.5m, 1.5m, 10m)).ToList();
        await Store.SaveCandlesAsync(Btc, Timeframe.M1, candles, None);
        var replaced = candles[2] with { Close = 1.23456789012345678m };
        await Store.SaveCandlesAsync(Btc, Timeframe.M1, [replaced], None);

        var range = await Store.GetCandlesAsync(Btc, Timeframe.M1, T0.AddMinutes(1), T0.AddMinutes(4), None);

        Assert.Equal([candles[1], replaced, candles[3]], range);
        Assert.Empty(await Store.GetCandlesAsync(Btc, Timeframe.M5, T0, T0.AddHours(1), None));
        Assert.Empty(await Store.GetCandlesAsync(Eth, Timeframe.M1, T0, T0.AddHours(1), None));
    }

    [Fact]
    public async Task Audit_since_a_time_comes_in_time_order()
    {
        await Store.CommitAsync(
            new StoreChanges
            {
                Audit =
                [
                    new AuditEntry(T0.AddMinutes(2), "late", null, "{}"),
                    new AuditEntry(T0, "early", "BTC/USDT", "{}"),
                    new AuditEntry(T0.AddMinutes(1), "middle", "ETH/USDT", "{\"x\":1}"),
                ],
            },
            None);

        var audit = await Store.GetAuditAsync(T0.AddMinutes(1), None);

        Assert.Equal([new AuditEntry(T0.AddMinutes(1), "middle", "ETH/USDT", "{\"x\":1}"), new AuditEntry(T0.AddMinutes(2), "late", null, "{}")], audit);
    }

    [Fact]
    public async Task Purge_deletes_keys_expired_at_or_before_now_and_counts_them()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Store.ClaimIdempotencyKeyAsync(Order($"c{i}", $"key-{i}"), T0.AddMinutes(i), None);
        }

        Assert.Equal(2, await Store.PurgeExpiredIdempotencyKeysAsync(T0.AddMinutes(2), None));
        Assert.Equal(0, await Store.PurgeExpiredIdempotencyKeysAsync(T0.AddMinutes(2), None));
        var stillLive = await Store.ClaimIdempotencyKeyAsync(Order("c4", "key-3", T0.AddMinutes(2)), T0.AddMinutes(9), None);
        Assert.Equal(IdempotencyClaim.Lost(new ClientOrderId("c3")), stillLive);
    }

    [Fact]
    public async Task Stored_order_does_not_change_when_the_caller_mutates_what_it_passed()
    {
        var fills = new List<Fill> { Fill("t1", "c1", T0) };
        await Store.ClaimIdempotencyKeyAsync(Order("c1") with { Fills = fills }, T0.AddMinutes(5), None);
        fills.Add(Fill("t2", "c1", T0));

        Assert.Single((await Store.GetOrderAsync(new ClientOrderId("c1"), None))!.Fills);
    }

    [Fact]
    public async Task Missing_rows_read_as_null_and_ping_succeeds()
    {
        await Store.PingAsync(None);
        Assert.Null(await Store.GetOrderAsync(new ClientOrderId("nope"), None));
        Assert.Empty(await Store.GetUnpublishedEventsAsync(0, None));
    }

    [Fact]
    public async Task Operations_honour_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ClaimIdempotencyKeyAsync(Order("c1"), T0.AddMinutes(1), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.CommitAsync(new StoreChanges { Orders = [Order("c2")] }, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.GetActiveOrdersAsync(null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.PingAsync(cancelled.Token));
        Assert.Empty(await Store.GetOrdersSinceAsync(T0.AddDays(-1), None));
    }

    private static string[] Digits(Order o) =>
        [.. new[] { o.RequestedQuote, o.RequestedBase, o.ReferencePrice, o.FilledBase, o.FilledQuote }.Select(Text)];

    private static string[] Digits(Fill f) => [Text(f.Price), Text(f.Quantity), Text(f.Fee)];

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
