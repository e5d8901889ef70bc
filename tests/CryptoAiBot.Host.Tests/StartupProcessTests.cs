using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>Exit codes of the host process: 2 for invalid configuration, 3 when another process holds the database.</summary>
[Collection(ProcessCollection.Name)]
public sealed class StartupProcessTests
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Invalid_configuration_exits_2_listing_every_problem_and_listens_nowhere()
    {
        using var temp = new TempDirectory();
        var port = BotHttp.FreePort();
        var dbPath = temp.File("bot.sqlite3");
        var environment = BotEnvironment.Quiet(dbPath).WithPort(port)
            .With("MTF_W_H1", "0.3")
            .With("FUSION_W_AI", "0.25")
            .With("RISK_MAX_SPREAD_PCT", "-1")
            .With("STRATEGY_SET", "ema_cross,foo")
            .With("MODE", "foo");

        await using var bot = BotProcess.Start(BotAssemblies.Host, environment.Variables, temp.Path);
        var exitCode = await bot.WaitForExitAsync(ExitLimit);

        var errors = bot.ErrorText;
        Assert.True(exitCode == 2, $"exit {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (timed out)"}\n{errors}\n{bot.OutputText}");
        Assert.Contains("MTF_W_H1", errors, StringComparison.Ordinal);
        Assert.Contains("FUSION_W_AI", errors, StringComparison.Ordinal);
        Assert.Contains("RISK_MAX_SPREAD_PCT", errors, StringComparison.Ordinal);
        Assert.Contains("STRATEGY_SET: unknown strategy 'foo'", errors, StringComparison.Ordinal);
        Assert.Contains("MODE: 'foo'", errors, StringComparison.Ordinal);
        Assert.Contains("(5 problems)", errors, StringComparison.Ordinal);
        Assert.False(IsListening(port), $"something listens on {port}");
        Assert.False(File.Exists(dbPath), "the database was created although the configuration is invalid");
    }

    [Fact]
    public async Task A_second_host_on_the_same_database_exits_3_naming_the_holder_and_a_third_starts_after_a_graceful_stop()
    {
        using var temp = new TempDirectory();
        var dbPath = temp.File("bot.sqlite3");
        var firstPort = BotHttp.FreePort();
        await using var first = BotProcess.Start(BotAssemblies.Host, Idle(dbPath, firstPort), temp.Path);
        Assert.True(await first.WaitForHealthyAsync(Local(firstPort), ExitLimit), $"first host not healthy\n{first.ErrorText}\n{first.OutputText}");

        var secondPort = BotHttp.FreePort();
        await using var second = BotProcess.Start(BotAssemblies.Host, Idle(dbPath, secondPort), temp.Path);
        var secondExit = await second.WaitForExitAsync(ExitLimit);

        Assert.True(secondExit == 3, $"second host exit {secondExit?.ToString(CultureInfo.InvariantCulture) ?? "none"}\n{second.ErrorText}");
        Assert.Contains($"pid {first.Id}", second.ErrorText, StringComparison.Ordinal);
        Assert.False(IsListening(secondPort));
        Assert.False(first.HasExited);
        using (var client = BotHttp.CreateClient(Local(firstPort)))
        {
            Assert.Equal(200, (await client.GetTextAsync("/health")).Status);
        }

        Assert.Equal(0, await first.StopAsync(ExitLimit));
        Assert.Contains(first.StandardOutput, line => line.Contains("lock released", StringComparison.Ordinal));

        var thirdPort = BotHttp.FreePort();
        await using var third = BotProcess.Start(BotAssemblies.Host, Idle(dbPath, thirdPort), temp.Path);
        Assert.True(await third.WaitForHealthyAsync(Local(thirdPort), ExitLimit), $"third host not healthy\n{third.ErrorText}");
        Assert.Equal(0, await third.StopAsync(ExitLimit));
    }

    [Fact]
    public async Task A_port_already_in_use_exits_3_before_trading_starts_and_releases_the_database_lock()
    {
        using var temp = new TempDirectory();
        var dbPath = temp.File("bot.sqlite3");
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busyPort = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var blocked = BotProcess.Start(BotAssemblies.Host, Idle(dbPath, busyPort), temp.Path);
        var exitCode = await blocked.WaitForExitAsync(ExitLimit);

        // Start-up failure is exit code 3 with one clear line, like a held lock; not an unhandled exception (SIGABRT, 134).
        Assert.True(exitCode == 3, $"exit {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}\n{blocked.ErrorText[..Math.Min(blocked.ErrorText.Length, 600)]}");
        Assert.DoesNotContain("Unhandled exception", blocked.ErrorText, StringComparison.Ordinal);
        Assert.Contains(busyPort.ToString(CultureInfo.InvariantCulture), blocked.ErrorText, StringComparison.Ordinal);

        var port = BotHttp.FreePort();
        await using var next = BotProcess.Start(BotAssemblies.Host, Idle(dbPath, port), temp.Path);
        Assert.True(await next.WaitForHealthyAsync(Local(port), ExitLimit), $"next host not healthy\n{next.ErrorText}");
        Assert.Equal(0, await next.StopAsync(ExitLimit));

        // A process that cannot serve its API must not have started trading (it could send an order and then exit).
        var tradingStarted = blocked.StandardOutput.FirstOrDefault(line => line.Contains("Trading started", StringComparison.Ordinal));
        Assert.True(tradingStarted is null, $"trading started although the HTTP port could not be bound: {tradingStarted}");
    }

    private static IReadOnlyDictionary<string, string?> Idle(string dbPath, int port) =>
        BotEnvironment.Quiet(dbPath).WithPort(port).With("PRICE_FEED", "fixed").With("FIXED_PRICE", "60000").With("LOG_LEVEL", "Information").Variables;

    private static Uri Local(int port) => new($"http://127.0.0.1:{port}");

    private static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
