using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab smoke</c> run as an operator runs it: a child process with only the given environment.</summary>
public sealed class SmokeProcessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Smoke_passes_with_defaults_and_reports_every_step()
    {
        using var temp = new TempDirectory();
        await using var cab = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, temp.Path, "smoke");

        var exitCode = await cab.WaitForExitAsync(Limit);

        var output = cab.OutputText;
        Assert.True(exitCode == 0, $"exit {exitCode?.ToString() ?? "none (timed out)"}\n{output}\n{cab.ErrorText}");
        Assert.Contains("smoke passed", output, StringComparison.Ordinal);
        foreach (var step in new[] { "market data", "signal", "risk", "execute", "idempotency", "exits", "reconcile", "events" })
        {
            Assert.Contains(step, output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.sqlite3", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Smoke_exits_2_naming_the_variable_when_the_configuration_is_invalid()
    {
        using var temp = new TempDirectory();
        await using var cab = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?> { ["MODE"] = "foo" }, temp.Path, "smoke");

        var exitCode = await cab.WaitForExitAsync(Limit);

        Assert.Equal(2, exitCode);
        Assert.Contains("MODE", cab.ErrorText, StringComparison.Ordinal);
        Assert.Contains("'foo'", cab.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain("smoke passed", cab.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_reads_a_dot_env_file_in_the_working_directory()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File(".env"), "MODE=paper\nRISK_MAX_SPREAD_PCT=-1\n");
        await using var cab = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path, "smoke");

        var exitCode = await cab.WaitForExitAsync(Limit);

        Assert.Equal(2, exitCode);
        Assert.Contains("RISK_MAX_SPREAD_PCT", cab.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_does_not_print_secrets_given_in_the_environment()
    {
        using var temp = new TempDirectory();
        var secrets = new Dictionary<string, string?>
        {
            ["API_TOKEN"] = "tok-SECRET-123456",
            ["API_KEY"] = "key-SECRET-abcdef",
            ["API_SECRET"] = "sec-SECRET-ghijkl",
            ["TELEGRAM_BOT_TOKEN"] = "tg-SECRET-999",
            ["LOG_LEVEL"] = "DEBUG",
        };
        await using var cab = BotProcess.Start(BotAssemblies.Cli, secrets, temp.Path, "smoke");

        var exitCode = await cab.WaitForExitAsync(Limit);

        Assert.Equal(0, exitCode);
        foreach (var secret in secrets.Values.Where(v => v!.Contains("SECRET", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(secret!, cab.OutputText, StringComparison.Ordinal);
            Assert.DoesNotContain(secret!, cab.ErrorText, StringComparison.Ordinal);
        }
    }
}
