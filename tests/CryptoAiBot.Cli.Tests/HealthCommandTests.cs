using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab health</c> as a child process against a real bot process on loopback and against a closed port.</summary>
public sealed class HealthCommandTests
{
    private static async Task<(int? ExitCode, string Output, string Error)> CabAsync(TempDirectory temp, params string[] arguments)
    {
        await using var cab = BotProcess.Start(BotAssemblies.Cli, BotEnvironment.Quiet(temp.File("cab.sqlite3")).Variables, temp.Path, ["health", .. arguments]);
        var exitCode = await cab.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, cab.OutputText, cab.ErrorText);
    }

    [Fact]
    public async Task Oneshot_prints_every_component_and_exits_1_when_degraded_and_the_daemon_exits_with_the_worst_code_after_count_checks()
    {
        using var temp = new TempDirectory();
        var port = BotHttp.FreePort();
        // DMS off makes the dead man's switch component degraded while everything else is ok: a known, stable state.
        var environment = BotEnvironment.Quiet(temp.File("bot.sqlite3")).WithPort(port)
            .With("PRICE_FEED", "fixed").With("FIXED_PRICE", "60000").With("DMS_ENABLED", "0");
        await using var bot = BotProcess.Start(BotAssemblies.Host, environment.Variables, temp.Path);
        var url = $"http://127.0.0.1:{port}";
        Assert.True(await bot.WaitForHealthyAsync(new Uri(url), TimeSpan.FromSeconds(30)), bot.OutputText + bot.ErrorText);
        using var client = BotHttp.CreateClient(new Uri(url));
        Assert.True(await BotWait.UntilAsync(async () => (await client.GetTextAsync("/ready")).Status == 200, TimeSpan.FromSeconds(20)), "never ready");
        var (_, healthBody) = await client.GetTextAsync("/health");
        using var health = JsonDocument.Parse(healthBody);
        var components = health.RootElement.GetProperty("components").EnumerateObject().ToList();

        var (oneShot, output, error) = await CabAsync(temp, "--oneshot", "--url", url);
        var (daemon, lines, _) = await CabAsync(temp, "--url", url, "--interval", "0.2", "--count", "3");

        Assert.Equal("degraded", health.RootElement.GetProperty("status").GetString());
        Assert.True(oneShot == 1, output + error);
        Assert.Contains($"{url}/ status degraded, ready yes (exit 1)", output, StringComparison.Ordinal);
        foreach (var component in components)
        {
            Assert.Contains(component.Name, output, StringComparison.Ordinal);
        }

        Assert.Contains("off (DMS_ENABLED=0)", output, StringComparison.Ordinal);
        Assert.True(daemon == 1, lines);
        var checks = lines.Split('\n').Where(l => l.Contains(" exit=", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, checks.Count);
        Assert.All(checks, l => Assert.Contains("exit=1 status=degraded ready=yes dead_mans_switch=degraded", l, StringComparison.Ordinal));
        Assert.Contains("3 check(s); worst exit code 1", lines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_bot_is_exit_3_once_and_for_a_daemon_stopped_by_sigterm_and_a_usage_error_is_3_too()
    {
        using var temp = new TempDirectory();
        var url = $"http://127.0.0.1:{BotHttp.FreePort()}";

        var (oneShot, output, _) = await CabAsync(temp, "--oneshot", "--url", url, "--timeout", "2");
        await using var daemon = BotProcess.Start(BotAssemblies.Cli, BotEnvironment.Quiet(temp.File("cab.sqlite3")).Variables, temp.Path,
            "health", "--url", url, "--interval", "0.2", "--timeout", "2");
        var checkedTwice = await BotWait.UntilAsync(
            () => Task.FromResult(daemon.StandardOutput.Count(l => l.Contains(" exit=3 ", StringComparison.Ordinal)) >= 2), TimeSpan.FromSeconds(20));
        var stopped = await daemon.StopAsync(TimeSpan.FromSeconds(10));
        var (usage, _, usageError) = await CabAsync(temp, "--oneshot", "--interval", "5", "--count", "0");

        Assert.True(oneShot == 3, output);
        Assert.StartsWith("UNREACHABLE (exit 3):", output, StringComparison.Ordinal);
        Assert.Contains("refused", output, StringComparison.OrdinalIgnoreCase);
        Assert.True(checkedTwice, daemon.OutputText + daemon.ErrorText);
        Assert.Equal(3, stopped);
        Assert.Contains(daemon.StandardOutput, l => l.EndsWith("worst exit code 3", StringComparison.Ordinal));
        Assert.Equal(3, usage);
        Assert.Contains("--oneshot and --interval exclude each other", usageError, StringComparison.Ordinal);
        Assert.Contains("--count: '0' is not a positive whole number", usageError, StringComparison.Ordinal);
    }
}
