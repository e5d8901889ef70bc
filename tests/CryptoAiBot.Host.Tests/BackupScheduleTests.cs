using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>The running bot backs up its database on its schedule, into backups/ next to it.</summary>
public sealed class BackupScheduleTests
{
    [Fact]
    public async Task The_running_bot_takes_sound_backups_every_backup_interval()
    {
        using var temp = new TempDirectory();
        // 0.0005 h = 1.8 s: a schedule short enough to see twice within the test's bound.
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp).With("BACKUP_INTERVAL_HOURS", "0.0005"));
        var directory = temp.File("backups");

        var two = await BotWait.UntilAsync(
            () => Task.FromResult(Directory.Exists(directory) && Directory.GetFiles(directory, "bot-*Z.sqlite3").Length >= 2), TimeSpan.FromSeconds(20));

        Assert.True(two, "fewer than two backups within 20 s");
        var backups = new Infrastructure.Storage.Backups.SqliteBackups(temp.File("bot.sqlite3"), null, TimeProvider.System).List();
        Assert.True(backups.Count >= 2);
        Assert.All(backups, b => Assert.True(b.Bytes > 0));
    }

    [Fact]
    public async Task No_backups_are_taken_with_an_interval_of_zero()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp).With("BACKUP_INTERVAL_HOURS", "0"));

        var status = await bot.Client.GetJsonAsync("/orchestrator/status");

        Assert.Equal("running", status.GetProperty("state").GetString());
        Assert.False(Directory.Exists(temp.File("backups")));
    }
}
