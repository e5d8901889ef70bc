using System.Text.Json;
using System.Text.RegularExpressions;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab sim</c> as a child process: it serves Gate's API on loopback and stops on SIGTERM.</summary>
public sealed partial class SimCommandTests
{
    [Fact]
    public async Task Cab_sim_serves_gate_endpoints_on_loopback_and_stops_on_request()
    {
        using var temp = new TempDirectory();
        await using var sim = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path, ["sim", "--port", "0", "--seed", "3"]);
        Uri? baseUrl = null;
        var listening = await BotWait.UntilAsync(
            () => Task.FromResult((baseUrl = Listening(sim.OutputText)) is not null), TimeSpan.FromSeconds(30));
        Assert.True(listening, sim.OutputText + sim.ErrorText);

        using var http = new HttpClient();
        using var time = JsonDocument.Parse(await http.GetStringAsync(new Uri(baseUrl!, "api/v4/spot/time")));
        var pairs = JsonDocument.Parse(await http.GetStringAsync(new Uri(baseUrl!, "api/v4/spot/currency_pairs")));
        var exitCode = await sim.StopAsync(TimeSpan.FromSeconds(15));

        Assert.True(time.RootElement.GetProperty("server_time").GetInt64() > 1_700_000_000_000);
        Assert.Contains(pairs.RootElement.EnumerateArray(), p => p.GetProperty("id").GetString() == "BTC_USDT");
        Assert.Equal("127.0.0.1", baseUrl!.Host);
        Assert.Equal(0, exitCode);
        pairs.Dispose();
    }

    [Fact]
    public async Task Cab_sim_with_a_bad_argument_names_it_and_exits_2()
    {
        using var temp = new TempDirectory();
        await using var sim = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path, ["sim", "--port", "abc"]);

        var exitCode = await sim.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains("--port abc", sim.ErrorText, StringComparison.Ordinal);
    }

    private static Uri? Listening(string output) =>
        Address().Match(output) is { Success: true } match ? new Uri(match.Groups[1].Value) : null;

    [GeneratedRegex(@"Gate\.io simulator: (http://127\.0\.0\.1:\d+/)api/v4")]
    private static partial Regex Address();
}
