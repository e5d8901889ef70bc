using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab reconcile</c> as a child process in live mode against the Gate.io simulator on loopback.</summary>
public sealed class ReconcileCommandTests
{
    private static async Task<(int? ExitCode, string Output, string Error)> CabAsync(GateSimulator simulator, TempDirectory temp, params string[] arguments)
    {
        var environment = BotEnvironment.Quiet(temp.File("bot.sqlite3"))
            .With("MODE", "live")
            .With("SANDBOX", "1")
            .With("EXCHANGE_URL", simulator.BaseUrl.ToString())
            .With("API_KEY", "sim-key")
            .With("API_SECRET", "sim-secret")
            .With("SYMBOLS", "BTC/USDT")
            .With("NO_COLOR", "1");
        await using var cab = BotProcess.Start(BotAssemblies.Cli, environment.Variables, temp.Path, ["reconcile", .. arguments]);
        var exitCode = await cab.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, cab.OutputText, cab.ErrorText);
    }

    [Fact]
    public async Task Prints_the_books_in_agreement_then_exits_1_on_coin_added_behind_the_bots_back_and_refuses_under_a_running_bot()
    {
        using var temp = new TempDirectory();
        await using var simulator = await GateSimulator.StartAsync(
            new GateSimulatorOptions { AutoAdvance = false, HistoryDays = 0, Seed = 7 }, TimeProvider.System, CancellationToken.None);

        var clean = await CabAsync(simulator, temp);
        simulator.Fund("sim-key", "BTC", 0.25m);
        var dryRun = await CabAsync(simulator, temp, "--dry-run");
        var drift = await CabAsync(simulator, temp);
        (int? ExitCode, string Output, string Error) refused;
        await using (var running = new FileInstanceLock(temp.File("bot.sqlite3") + ".lock", TimeProvider.System))
        {
            Assert.True((await running.TryAcquireAsync(CancellationToken.None)).IsSuccess);
            refused = await CabAsync(simulator, temp);
        }

        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);
        Assert.Contains("BTC/USDT: position local 0 vs exchange 0 BTC", clean.Output, StringComparison.Ordinal);
        Assert.Contains("BTC/USDT: in agreement", clean.Output, StringComparison.Ordinal);
        Assert.True(dryRun.ExitCode == 1, dryRun.Output + dryRun.Error);
        Assert.Contains("vs exchange 0.25 BTC: difference 0.25", dryRun.Output, StringComparison.Ordinal);
        Assert.True(drift.ExitCode == 1, drift.Output + drift.Error);
        Assert.Contains("UNEXPLAINED DRIFT", drift.Output, StringComparison.Ordinal);
        Assert.Contains("corrected: 0 missed fill(s) applied, 0 vanished order(s) closed", drift.Output, StringComparison.Ordinal);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("stop it first", refused.Error, StringComparison.Ordinal);
    }
}
