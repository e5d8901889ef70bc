using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab backtest --sweep</c> run as a child process: parallelism changes nothing but the time taken.</summary>
public sealed class BacktestSweepCommandTests
{
    [Fact]
    public async Task A_sweep_ranks_the_same_on_one_and_two_workers_and_each_run_equals_a_lone_backtest()
    {
        using var temp = new TempDirectory();

        // 4 runs × 30,000 candles is long enough for the progress bar, which redirected output must not get.
        var data = BacktestCommandTests.Slice(temp, 30_000);
        string[] sweep = ["--data", data, "--sweep", "ema-fast=8,12,30;ema-slow=20,26", "--rank-by", "sharpe"];

        var one = await BacktestCommandTests.CabAsync(temp, [.. sweep, "--parallel", "1", "--json", temp.File("p1.json")]);
        var two = await BacktestCommandTests.CabAsync(temp, [.. sweep, "--parallel", "2", "--json", temp.File("p2.json")]);
        var lone = await BacktestCommandTests.CabAsync(temp, "--data", data, "--ema-fast", "12", "--ema-slow", "20", "--json", temp.File("lone.json"));

        Assert.True(one.ExitCode == 0, one.Output + one.Error);
        Assert.True(two.ExitCode == 0, two.Output + two.Error);
        Assert.True(lone.ExitCode == 0, lone.Output + lone.Error);
        Assert.Equal(File.ReadAllBytes(temp.File("p1.json")), File.ReadAllBytes(temp.File("p2.json")));

        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("p2.json")));
        var results = report.RootElement.GetProperty("results").EnumerateArray().ToArray();
        var sharpes = results.Select(r => r.GetProperty("metrics").GetProperty("sharpe").GetDouble()).ToArray();
        Assert.Equal(["ema-fast=12 ema-slow=20", "ema-fast=12 ema-slow=26", "ema-fast=8 ema-slow=20", "ema-fast=8 ema-slow=26"],
            results.Select(r => r.GetProperty("parameters").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3, 4], results.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(sharpes.OrderDescending(), sharpes);
        Assert.Equal(2, report.RootElement.GetProperty("skipped").GetArrayLength());
        Assert.Equal("sharpe", report.RootElement.GetProperty("rank_by").GetString());

        using var single = JsonDocument.Parse(File.ReadAllText(temp.File("lone.json")));
        var same = results.Single(r => r.GetProperty("parameters").GetString() == "ema-fast=12 ema-slow=20");
        Assert.Equal(single.RootElement.GetProperty("metrics").GetRawText(), same.GetProperty("metrics").GetRawText());

        Assert.Contains("skipped ema-fast=30 ema-slow=20: --ema-fast/--ema-slow must satisfy 0 < fast < slow", two.Output, StringComparison.Ordinal);
        Assert.Contains("2 in parallel", two.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("sweep (4 runs)", two.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', two.Output);
    }

    [Fact]
    public async Task A_grid_where_no_combination_can_run_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var data = BacktestCommandTests.Slice(temp, 100);

        var (exitCode, output, error) = await BacktestCommandTests.CabAsync(temp, "--data", data, "--sweep", "ema-fast=30,40;ema-slow=10");

        Assert.True(exitCode == 2, $"exit {exitCode}: {output}{error}");
        Assert.Contains("no combination of the grid can run", error, StringComparison.Ordinal);
    }
}
