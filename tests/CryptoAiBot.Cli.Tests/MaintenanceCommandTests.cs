using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Infrastructure.Storage.Sqlite;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab maintenance</c> as a child process over a real SQLite file.</summary>
public sealed class MaintenanceCommandTests
{
    private static async Task<(int? ExitCode, string Output, string Error)> CabAsync(TempDirectory temp, params string[] arguments)
    {
        await using var cab = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path, ["maintenance", .. arguments]);
        var exitCode = await cab.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, cab.OutputText, cab.ErrorText);
    }

    [Fact]
    public async Task Backup_list_integrity_rotate_and_restore_work_and_a_restore_under_a_running_bot_is_refused()
    {
        using var temp = new TempDirectory();
        var db = temp.File("bot.sqlite3");
        await using (var store = await SqliteTradingStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
            await new TradingRig(store).BuyAsync();
        }

        var backup = await CabAsync(temp, "backup", "--db", db);
        var list = await CabAsync(temp, "list", "--db", db);
        var integrity = await CabAsync(temp, "integrity", "--db", db);
        var rotate = await CabAsync(temp, "rotate", "--db", db, "--days", "30");
        var file = Directory.GetFiles(temp.File("backups"), "bot-*Z.sqlite3").Single();
        (int? ExitCode, string Output, string Error) refused;
        await using (var running = new FileInstanceLock(db + ".lock", TimeProvider.System))
        {
            Assert.True((await running.TryAcquireAsync(CancellationToken.None)).IsSuccess);
            refused = await CabAsync(temp, "restore", "--db", db, "--from", file);
        }

        var restored = await CabAsync(temp, "restore", "--db", db, "--from", file);
        var noSubcommand = await CabAsync(temp);

        Assert.True(backup.ExitCode == 0, backup.Output + backup.Error);
        Assert.Contains(file, backup.Output, StringComparison.Ordinal);
        Assert.Contains(file, list.Output, StringComparison.Ordinal);
        Assert.Equal((0, "integrity_check: ok"), (integrity.ExitCode, integrity.Output.Trim()));
        Assert.StartsWith("deleted 0 backup(s) older than 30 day(s); 1 kept", rotate.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("stop the bot first", refused.Error, StringComparison.Ordinal);
        Assert.True(restored.ExitCode == 0, restored.Output + restored.Error);
        Assert.Equal(2, noSubcommand.ExitCode);
        await using var reopened = await SqliteTradingStore.OpenAsync(db, TimeProvider.System, CancellationToken.None);
        Assert.Single(await reopened.GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }
}
