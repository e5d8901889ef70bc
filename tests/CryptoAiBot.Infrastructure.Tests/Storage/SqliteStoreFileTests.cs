using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Infrastructure.Storage.Sqlite;
using CryptoAiBot.Testing;
using static CryptoAiBot.Infrastructure.Tests.Storage.StoreSamples;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

/// <summary>What only a file-backed SQLite store can show: PRAGMAs, durability and several writers.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _time = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Connections_run_with_wal_foreign_keys_busy_timeout_and_normal_sync()
    {
        await using var store = await SqliteTradingStore.OpenAsync(_directory.File("pragmas.db"), _time, None);
        await using var session = await store.Connections.OpenAsync(None);

        Assert.Equal("wal", await session.ScalarAsync<string>("PRAGMA journal_mode", null, None));
        Assert.Equal(1L, await session.ScalarAsync<long>("PRAGMA foreign_keys", null, None));
        Assert.Equal(5000L, await session.ScalarAsync<long>("PRAGMA busy_timeout", null, None));
        Assert.Equal(1L, await session.ScalarAsync<long>("PRAGMA synchronous", null, None));
    }

    [Fact]
    public async Task Integrity_check_reports_ok_for_a_fresh_database()
    {
        await using var store = await SqliteTradingStore.OpenAsync(_directory.File("integrity.db"), _time, None);

        Assert.Equal("ok", await store.IntegrityCheckAsync(None));
    }

    [Fact]
    public async Task Same_intent_after_closing_and_reopening_the_file_loses_its_claim()
    {
        var path = _directory.File("restart.db");
        var intent = Order("before-restart", "BTC/USDT|entry|7");
        await using (var store = await SqliteTradingStore.OpenAsync(path, _time, None))
        {
            Assert.True((await store.ClaimIdempotencyKeyAsync(intent, T0.AddMinutes(10), None)).Claimed);
            await store.CommitAsync(new StoreChanges { Events = [OutboxMessage.New("orders.created", "{}", "BTC/USDT", null, T0)] }, None);
        }

        await using var reopened = await SqliteTradingStore.OpenAsync(path, _time, None);
        var retry = await reopened.ClaimIdempotencyKeyAsync(Order("after-restart", "BTC/USDT|entry|7", T0.AddMinutes(1)), T0.AddMinutes(11), None);

        Assert.Equal(IdempotencyClaim.Lost(intent.ClientOrderId), retry);
        Assert.Equal(OrderStatus.Pending, (await reopened.GetOrderAsync(intent.ClientOrderId, None))!.Status);
        Assert.Single(await reopened.GetUnpublishedEventsAsync(10, None));
    }

    [Fact]
    public async Task Two_stores_over_one_file_let_exactly_one_parallel_claim_win()
    {
        var path = _directory.File("shared.db");
        await using var first = await SqliteTradingStore.OpenAsync(path, _time, None);
        await using var second = await SqliteTradingStore.OpenAsync(path, _time, None);
        var stores = new[] { first, second };
        var orders = Enumerable.Range(0, 32).Select(i => Order($"race{i}", "key-shared")).ToList();

        var claims = await Task.WhenAll(orders.Select((o, i) =>
            Task.Run(() => stores[i % 2].ClaimIdempotencyKeyAsync(o, T0.AddMinutes(5), None))));

        var winner = Assert.Single(orders.Where((_, i) => claims[i].Claimed));
        Assert.All(claims.Where(c => !c.Claimed), c => Assert.Equal(winner.ClientOrderId, c.ExistingClientOrderId));
        Assert.Single(await first.GetActiveOrdersAsync(null, None));
        Assert.Single(await second.GetActiveOrdersAsync(null, None));
    }

    [Fact]
    public async Task Opening_twice_migrates_once()
    {
        var path = _directory.File("twice.db");
        await using (await SqliteTradingStore.OpenAsync(path, _time, None))
        {
        }

        await using var store = await SqliteTradingStore.OpenAsync(path, _time, None);
        await using var session = await store.Connections.OpenAsync(None);

        // One row per migration, not two: the second open found every migration applied.
        Assert.Equal((long)MigrationRunner.Embedded.Count, await session.ScalarAsync<long>("SELECT COUNT(*) FROM schema_version", null, None));
        Assert.True(MigrationRunner.Embedded.Count >= 2);
    }

    [Fact]
    public async Task Each_in_memory_store_is_its_own_database()
    {
        await using var one = await SqliteTradingStore.OpenAsync(":memory:", _time, None);
        await using var two = await SqliteTradingStore.OpenAsync(":memory:", _time, None);

        Assert.True((await one.ClaimIdempotencyKeyAsync(Order("m1", "key-m"), T0.AddMinutes(5), None)).Claimed);
        Assert.True((await two.ClaimIdempotencyKeyAsync(Order("m1", "key-m"), T0.AddMinutes(5), None)).Claimed);
        Assert.Equal("ok", await one.IntegrityCheckAsync(None));
    }
}
