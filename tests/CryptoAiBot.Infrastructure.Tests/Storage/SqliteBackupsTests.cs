using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Infrastructure.Storage.Backups;
using CryptoAiBot.Infrastructure.Storage.Sqlite;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

/// <summary>Backups of a real SQLite file taken while it is open, restored, rotated by the time in their names.</summary>
public sealed class SqliteBackupsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_backup_taken_while_trading_restores_to_a_sound_database_holding_every_order_and_fill_of_that_moment()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bot.sqlite3");
        var time = new ManualTimeProvider();
        var backups = new SqliteBackups(path, null, time);
        SqliteBackup backup;
        IReadOnlyList<string> ordersThen, fillsThen;
        await using (var store = await SqliteTradingStore.OpenAsync(path, time, None))
        {
            var rig = new TradingRig(store, time);
            await rig.BuyAsync();
            await rig.SellAllAsync();
            ordersThen = await OrderIdsAsync(store);
            fillsThen = await FillIdsAsync(store);
            backup = (await backups.BackupAsync(None)).Value;

            time.Advance(TimeSpan.FromMinutes(1));
            await rig.BuyAsync(); // after the backup: gone once it is restored
        }

        var restored = await backups.RestoreAsync(backup.Path, None);

        await using var reopened = await SqliteTradingStore.OpenAsync(path, time, None);
        Assert.True(restored.IsSuccess, restored.Error?.Message);
        Assert.Equal("ok", await reopened.IntegrityCheckAsync(None));
        Assert.Equal(2, ordersThen.Count);
        Assert.Equal(ordersThen, await OrderIdsAsync(reopened));
        Assert.Equal(fillsThen, await FillIdsAsync(reopened));
        Assert.Equal(backups.Directory, Path.GetDirectoryName(backup.Path));
        Assert.Equal([backup.Path], backups.List().Select(b => b.Path));
    }

    [Fact]
    public async Task Rotation_deletes_backups_older_than_the_retention_by_the_time_in_their_names()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bot.sqlite3");
        var time = new ManualTimeProvider();
        await (await SqliteTradingStore.OpenAsync(path, time, None)).DisposeAsync();
        var backups = new SqliteBackups(path, temp.File("kept"), time);

        var first = (await backups.BackupAsync(None)).Value;
        time.Advance(TimeSpan.FromDays(2));
        var second = (await backups.BackupAsync(None)).Value;
        time.Advance(TimeSpan.FromDays(3));
        var third = (await backups.BackupAsync(None)).Value;
        File.SetLastWriteTimeUtc(first.Path, time.GetUtcNow().UtcDateTime); // a copy's file date must not save it
        var none = backups.Rotate(0);
        var deleted = backups.Rotate(3);

        Assert.Empty(none);
        Assert.Equal([first.Path], deleted.Select(b => b.Path));
        Assert.Equal([second.Path, third.Path], backups.List().Select(b => b.Path));
        Assert.False(File.Exists(first.Path));
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_database_is_left_as_it_was()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bot.sqlite3");
        var time = new ManualTimeProvider();
        await (await SqliteTradingStore.OpenAsync(path, time, None)).DisposeAsync();
        var before = await File.ReadAllBytesAsync(path);
        var damaged = temp.Write("bot-20260105-120000Z.sqlite3", "this is not a database");

        var restored = await new SqliteBackups(path, null, time).RestoreAsync(damaged, None);
        var missing = await new SqliteBackups(temp.File("none.sqlite3"), null, time).BackupAsync(None);

        Assert.Equal(ErrorCode.Conflict, restored.Error?.Code);
        Assert.Contains("integrity check", restored.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(ErrorCode.NotFound, missing.Error?.Code);
    }

    private static async Task<IReadOnlyList<string>> OrderIdsAsync(Application.Storage.ITradingStore store) =>
        [.. (await store.GetOrdersSinceAsync(DateTimeOffset.MinValue, None)).Select(o => $"{o.ClientOrderId.Value}:{o.Status}:{o.FilledBase}")];

    private static async Task<IReadOnlyList<string>> FillIdsAsync(Application.Storage.ITradingStore store) =>
        [.. (await store.GetFillsAsync(Domain.Markets.Symbol.Parse("BTC/USDT"), None)).Select(f => $"{f.TradeId.Value}:{f.Quantity}:{f.Fee}")];
}
