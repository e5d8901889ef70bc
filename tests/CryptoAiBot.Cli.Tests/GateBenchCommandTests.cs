using System.Text.RegularExpressions;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary>
/// <c>cab bench --gate</c> run as a child process, small: the client against the simulator on loopback reports latency
/// (client, server, overhead p50/p99) and sustained throughput for each endpoint. Timings are machine facts and never
/// asserted; the shape of the report, the counts it was asked for and the absence of failures are.
/// </summary>
public sealed partial class GateBenchCommandTests
{
    [Fact]
    public async Task A_small_gate_bench_reports_latency_and_throughput_for_ticker_balance_and_orders()
    {
        using var temp = new TempDirectory();
        await using var cab = BotProcess.Start(
            BotAssemblies.Cli, new Dictionary<string, string?> { ["COLUMNS"] = "400" }, temp.Path,
            ["bench", "--gate", "--gate-requests", "8", "--gate-orders", "6", "--gate-warm-up", "2"]);
        var exitCode = await cab.WaitForExitAsync(TimeSpan.FromSeconds(120));
        var output = cab.OutputText;

        Assert.True(exitCode == 0, output + cab.ErrorText);
        var latency = LatencyRow().Matches(output);
        Assert.Equal(["ticker", "balance", "order"], latency.Select(m => m.Groups["endpoint"].Value));
        Assert.Equal(["8", "8", "6"], latency.Select(m => m.Groups["samples"].Value));
        var sustained = ThroughputRow().Matches(output);
        Assert.Equal(["ticker", "balance", "order"], sustained.Select(m => m.Groups["endpoint"].Value));
        Assert.Equal(["8", "8", "6"], sustained.Select(m => m.Groups["requests"].Value));
        Assert.All(sustained, m => Assert.Equal("0", m.Groups["failed"].Value));

        // Explanations wrap at the console's width: compared with their line breaks as spaces.
        var text = Whitespace().Replace(output, " ");
        Assert.Contains("server = the simulator's X-Out-Time - X-In-Time", text, StringComparison.Ordinal);
        Assert.Contains("client limits BROKER_RATE_RPS=8 BROKER_RATE_BURST=16", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_few_gate_requests_are_refused_with_exit_code_2()
    {
        using var temp = new TempDirectory();
        await using var cab = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path, ["bench", "--gate", "--gate-orders", "1"]);

        Assert.Equal(2, await cab.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("--gate-orders must be at least 4", cab.OutputText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // endpoint │ samples │ six latencies in µs
    [GeneratedRegex(@"(?m)^│ (?<endpoint>ticker|balance|order)\s+│\s+(?<samples>\d+) │(\s+[\d,]+ │){6}\s*$")]
    private static partial Regex LatencyRow();

    // endpoint │ requests │ seconds │ req/s │ steady req/s │ limit │ failed │ 429s
    [GeneratedRegex(@"(?m)^│ (?<endpoint>ticker|balance|order)\s+│\s+(?<requests>\d+) │(\s+[\d.]+ │){4}\s+(?<failed>[\d,]+) │\s+[\d,]+ │\s*$")]
    private static partial Regex ThroughputRow();
}
