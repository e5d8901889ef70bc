using System.Text.Json;
using System.Text.RegularExpressions;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab backtest</c> run as a child process on slices of the shared one-minute candles.</summary>
public sealed class BacktestCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    internal static async Task<(int? ExitCode, string Output, string Error)> CabAsync(TempDirectory temp, params string[] arguments)
    {
        await using var cab = BotProcess.Start(BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path, ["backtest", .. arguments]);
        var exitCode = await cab.WaitForExitAsync(Limit);
        return (exitCode, cab.OutputText, cab.ErrorText);
    }

    /// <summary>The header and the first <paramref name="rows"/> rows of the shared 1m file, as a new file.</summary>
    internal static string Slice(TempDirectory temp, int rows, string name = "candles.csv") =>
        temp.Write(name, string.Concat(File.ReadLines(RepositoryPaths.Shared("data/binance_BTC-USDT_1m.csv")).Take(rows + 1).Select(l => l + "\n")));

    [Fact]
    public async Task A_run_writes_json_and_html_and_two_runs_write_the_same_bytes()
    {
        using var temp = new TempDirectory();
        var data = Slice(temp, 5_000);

        var first = await CabAsync(temp, "--data", data, "--json", temp.File("1.json"), "--html", temp.File("1.html"));
        var second = await CabAsync(temp, "--data", data, "--json", temp.File("2.json"), "--html", temp.File("2.html"));

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Equal(File.ReadAllBytes(temp.File("1.json")), File.ReadAllBytes(temp.File("2.json")));
        Assert.Equal(File.ReadAllBytes(temp.File("1.html")), File.ReadAllBytes(temp.File("2.html")));

        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("1.json")));
        var trades = json.RootElement.GetProperty("trades").GetArrayLength();
        var html = File.ReadAllText(temp.File("1.html"));
        Assert.Equal(5_000, json.RootElement.GetProperty("candles").GetInt64());
        Assert.True(trades > 10, $"only {trades} trades");
        Assert.Contains($"Trades ({trades})", html, StringComparison.Ordinal);
        Assert.Equal(trades + 1 + 11, Regex.Count(html, "<tr>"));
        Assert.Contains("total return", first.Output, StringComparison.Ordinal);
        Assert.Contains($"Last 20 of {trades} trades", first.Output, StringComparison.Ordinal);
        var lastExit = json.RootElement.GetProperty("trades")[trades - 1].GetProperty("exit_reason").GetString()!;
        Assert.Contains($"  {trades}   ", first.Output, StringComparison.Ordinal);
        Assert.Contains(lastExit, first.Output, StringComparison.Ordinal);
        Assert.Contains(temp.File("1.html"), first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', first.Output);
    }

    public static TheoryData<string[], string[]> BadUsages => new()
    {
        { ["--fill", "sideways", "--ema-fast", "abc", "--bogus"], ["--fill: 'sideways' is not one of next-open, signal-close", "--ema-fast: 'abc' is not a whole number", "unexpected argument '--bogus'"] },
        { ["--ema-fast", "26", "--ema-slow", "12"], ["0 < fast < slow; got 26/12"] },
        { ["--fee-pct", "-1", "--stop-loss-pct", "100"], ["--fee-pct must be at least 0", "--stop-loss-pct must be at least 0 (off) and below 100"] },
        { ["--json", "no/such/folder/r.json"], ["--json: no folder for"] },
        { ["--rank-by", "sharpe"], ["--rank-by and --parallel apply to --sweep only"] },
        { ["--sweep", "ema-fast=5,8", "--html", "r.html"], ["--html renders a single run"] },
        { ["--trend", "1h=0.5,4h=0.4"], ["--trend: the weights must sum to 1; got 0.9"] },
        { ["--trend", "2h=1", "--sizer", "martingale"], ["--trend: '2h=1' is not timeframe=weight", "--sizer: 'martingale' is not one of fixed, kelly, target_vol"] },
        { ["--timeframe", "1h", "--trend", "15m=0.5,1d=0.5"], ["--trend: the 15m trend cannot be built from 1h candles"] },
        { ["--sizer", "kelly", "--kelly-win-rate", "1.5", "--target-vol-pct", "x"], ["--sizer kelly: The Kelly win rate must be in [0, 1].", "--target-vol-pct: 'x' is not a number"] },
        { ["--sweep", "ema-fast=5,x;colour=red", "--rank-by", "luck", "--parallel", "0"], ["ema-fast value 'x' is not a number", "'colour' is not a sweepable parameter", "--rank-by: 'luck' is not one of", "--parallel must be at least 1"] },
    };

    [Theory]
    [MemberData(nameof(BadUsages))]
    public async Task Bad_options_exit_2_and_name_every_problem(string[] arguments, string[] messages)
    {
        using var temp = new TempDirectory();
        var data = Slice(temp, 100);

        var (exitCode, output, error) = await CabAsync(temp, ["--data", data, .. arguments]);

        Assert.True(exitCode == 2, $"exit {exitCode}: {output}{error}");
        Assert.All(messages, m => Assert.Contains(m, error, StringComparison.Ordinal));
        Assert.Contains("cab backtest --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_data_file_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var missing = await CabAsync(temp, "--data", temp.File("nope.csv"));
        var absent = await CabAsync(temp);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--data: no file at", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, absent.ExitCode);
        Assert.Contains("--data is required", absent.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_exits_1_naming_the_line_and_writes_no_report()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(Slice(temp, 200));
        lines[43] = string.Join(",", lines[43].Split(',').Select((field, i) => i == 2 ? "1" : field));
        var data = temp.Write("bad.csv", string.Join("\n", lines) + "\n");

        var (exitCode, output, error) = await CabAsync(temp, "--data", data, "--json", temp.File("r.json"), "--html", temp.File("r.html"));

        Assert.True(exitCode == 1, $"exit {exitCode}: {output}{error}");
        Assert.Contains("line 44: high 1 is below", error, StringComparison.Ordinal);
        Assert.Contains("1 bad line (200 data rows); no backtest run", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("r.json")));
        Assert.False(File.Exists(temp.File("r.html")));
    }
}
