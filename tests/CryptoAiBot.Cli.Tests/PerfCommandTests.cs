using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab perf</c> as a child process on the database of a real paper bot that trades.</summary>
public sealed class PerfCommandTests
{
    private const string Token = "perf-token";

    private static async Task<(int? ExitCode, string Output, string Error)> CabAsync(BotEnvironment environment, TempDirectory temp, params string[] arguments)
    {
        await using var cab = BotProcess.Start(BotAssemblies.Cli, environment.Variables, temp.Path, ["perf", .. arguments]);
        var exitCode = await cab.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, cab.OutputText, cab.ErrorText);
    }

    [Fact]
    public async Task Today_from_the_database_equals_pnl_today_of_the_running_bot_as_json_and_as_a_table()
    {
        using var temp = new TempDirectory();
        var port = BotHttp.FreePort();
        var environment = BotEnvironment.FastTrading(temp.File("bot.sqlite3")).WithPort(port).With("API_TOKEN", Token);
        await using var bot = BotProcess.Start(BotAssemblies.Host, environment.Variables, temp.Path);
        var url = new Uri($"http://127.0.0.1:{port}");
        Assert.True(await bot.WaitForHealthyAsync(url, TimeSpan.FromSeconds(30)), bot.OutputText + bot.ErrorText);
        using var client = BotHttp.CreateClient(url);
        var traded = await BotWait.UntilAsync(async () => (await client.GetJsonAsync("/pnl/today")).GetProperty("fill_count").GetInt32() >= 3, TimeSpan.FromSeconds(30));
        Assert.True(traded, "the paper bot made no trades within 30 s");
        Assert.Equal(200, (await client.PostTextAsync("/orchestrator/pause?symbol=BTC/USDT", Token)).Status);

        // The paused bot may still close a position through its exits: compare only when nothing moved around cab's run.
        JsonElement before = default, symbol = default;
        string output = "", error = "";
        int? exitCode = null;
        var stable = false;
        for (var attempt = 0; attempt < 5 && !stable; attempt++)
        {
            before = await client.GetJsonAsync("/pnl/today");
            (exitCode, output, error) = await CabAsync(environment, temp, "--json");
            var after = await client.GetJsonAsync("/pnl/today");
            stable = before.GetProperty("fill_count").GetInt32() == after.GetProperty("fill_count").GetInt32();
        }

        Assert.True(stable, "fills kept arriving during every comparison");
        Assert.True(exitCode == 0, output + error);
        using var report = JsonDocument.Parse(output);
        symbol = Assert.Single(report.RootElement.GetProperty("symbols").EnumerateArray());
        Assert.Equal("BTC/USDT", symbol.GetProperty("symbol").GetString());
        foreach (var name in new[] { "realized_pnl_quote", "fees_quote", "turnover_quote" })
        {
            Assert.Equal(before.GetProperty(name).GetDecimal(), symbol.GetProperty(name).GetDecimal());
        }

        foreach (var name in new[] { "order_count", "fill_count", "closed_round_trips", "winning_round_trips" })
        {
            Assert.Equal(before.GetProperty(name).GetInt32(), symbol.GetProperty(name).GetInt32());
        }

        Assert.Equal(before.GetProperty("from").GetDateTimeOffset(), report.RootElement.GetProperty("from").GetDateTimeOffset());
        Assert.True(symbol.GetProperty("turnover_quote").GetDecimal() > 0m);
        var trips = symbol.GetProperty("closed_round_trips").GetInt32();
        var winRate = symbol.GetProperty("win_rate");
        Assert.Equal(trips == 0 ? JsonValueKind.Null : JsonValueKind.Number, winRate.ValueKind);

        var (tableExit, table, tableError) = await CabAsync(environment, temp, "--symbol", "btc_usdt");
        Assert.True(tableExit == 0, table + tableError);
        Assert.Contains("FIFO realized PnL, fees included", table, StringComparison.Ordinal);
        Assert.Contains("win_rate", table, StringComparison.Ordinal);
        Assert.Contains(table.Split('\n'), l => l.StartsWith("BTC/USDT ", StringComparison.Ordinal) && l.Contains(" USDT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Usage_errors_are_listed_together_with_exit_2_and_a_missing_database_is_exit_1()
    {
        using var temp = new TempDirectory();
        var environment = BotEnvironment.Quiet(temp.File("absent.sqlite3"));

        var usage = await CabAsync(environment, temp, "--from", "yesterday", "--symbol", "BTCUSDT!", "--to");
        var missing = await CabAsync(environment, temp);
        var empty = await CabAsync(environment, temp, "--from", "2021-04-02", "--to", "2021-04-01");

        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--from: 'yesterday' is not an ISO-8601 UTC time", usage.Error, StringComparison.Ordinal);
        Assert.Contains("--symbol: 'BTCUSDT!' is not a trading pair", usage.Error, StringComparison.Ordinal);
        Assert.Contains("--to needs a value", usage.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no database at", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("--to must be after --from", empty.Error, StringComparison.Ordinal);
    }
}
