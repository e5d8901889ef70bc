using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab backtest --data</c> on a SQLite database filled by <c>cab data import</c>.</summary>
public sealed class BacktestFromDatabaseTests
{
    [Fact]
    public async Task Backtesting_candles_stored_in_the_database_gives_the_report_of_the_same_csv()
    {
        using var temp = new TempDirectory();
        var csv = BacktestCommandTests.Slice(temp, 3_000);
        var db = temp.File("candles.sqlite3");
        await using (var import = BotProcess.Start(
            BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path,
            ["data", "import", "--file", csv, "--symbol", "BTC/USDT", "--timeframe", "1m", "--db", db]))
        {
            Assert.Equal(0, await import.WaitForExitAsync(TimeSpan.FromSeconds(120)));
        }

        var fromCsv = await BacktestCommandTests.CabAsync(temp, "--data", csv, "--json", temp.File("csv.json"));
        var fromDb = await BacktestCommandTests.CabAsync(temp, "--data", db, "--json", temp.File("db.json"));

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Output + fromCsv.Error);
        Assert.True(fromDb.ExitCode == 0, fromDb.Output + fromDb.Error);
        Assert.Equal(File.ReadAllBytes(temp.File("csv.json")), File.ReadAllBytes(temp.File("db.json")));
    }

    [Fact]
    public async Task A_database_without_the_requested_candles_is_a_data_error_that_says_how_to_fill_it()
    {
        using var temp = new TempDirectory();
        var csv = BacktestCommandTests.Slice(temp, 100);
        var db = temp.File("empty.sqlite3");
        await using (var import = BotProcess.Start(
            BotAssemblies.Cli, new Dictionary<string, string?>(), temp.Path,
            ["data", "import", "--file", csv, "--symbol", "ETH/USDT", "--timeframe", "1m", "--db", db]))
        {
            Assert.Equal(0, await import.WaitForExitAsync(TimeSpan.FromSeconds(120)));
        }

        var run = await BacktestCommandTests.CabAsync(temp, "--data", db, "--symbol", "BTC/USDT");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no BTC/USDT 1m candles stored", run.Error, StringComparison.Ordinal);
        Assert.Contains("cab data import", run.Error, StringComparison.Ordinal);
    }
}
