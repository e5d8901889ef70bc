using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Infrastructure.MarketData;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab data import|export|resample</c> run as child processes on temp files and databases.</summary>
public sealed class DataCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");

    private static async Task<(int? ExitCode, string Output, string Error)> CabAsync(
        TempDirectory temp, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        await using var cab = BotProcess.Start(BotAssemblies.Cli, environment ?? new Dictionary<string, string?>(), temp.Path, ["data", .. arguments]);
        var exitCode = await cab.WaitForExitAsync(Limit);
        return (exitCode, cab.OutputText, cab.ErrorText);
    }

    private static Task<(int? ExitCode, string Output, string Error)> CabAsync(TempDirectory temp, params string[] arguments) =>
        CabAsync(temp, null, arguments);

    /// <summary>The header and rows <paramref name="skip"/>..<paramref name="skip"/>+<paramref name="count"/> of a shared file, as a new file.</summary>
    private static string Slice(TempDirectory temp, string shared, int skip, int count, string name)
    {
        var lines = File.ReadLines(RepositoryPaths.Shared("data/" + shared)).ToList();
        return temp.Write(name, string.Join("", new[] { lines[0] }.Concat(lines.Skip(1 + skip).Take(count)).Select(l => l + "\n")));
    }

    private static async Task<IReadOnlyList<Candle>> StoredAsync(string db, Timeframe timeframe)
    {
        var store = await TradingStoreFactory.OpenSqliteAsync(db, TimeProvider.System, CancellationToken.None);
        await using var disposable = (IAsyncDisposable)store;
        return await store.GetCandlesAsync(BtcUsdt, timeframe, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, CancellationToken.None);
    }

    [Fact]
    public async Task Importing_a_valid_file_then_exporting_it_gives_the_same_bytes()
    {
        using var temp = new TempDirectory();
        var file = Slice(temp, "binance_BTC-USDT_5m.csv", 28_000, 2_000, "in.csv");
        var db = temp.File("candles.sqlite3");

        var import = await CabAsync(temp, "import", "--file", file, "--symbol", "BTC/USDT", "--timeframe", "5m", "--db", db, "--batch-size", "300");
        var export = await CabAsync(temp, "export", "--symbol", "btc_usdt", "--timeframe", "5m", "--out", temp.File("out.csv"), "--db", db);

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("Imported 2,000 BTC/USDT 5m candles", import.Output, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(temp.File("out.csv")));
    }

    [Fact]
    public async Task A_file_with_three_bad_rows_prints_every_line_number_exits_1_and_stores_nothing()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadLines(Slice(temp, "binance_BTC-USDT_1m.csv", 0, 50, "good.csv")).ToArray();
        lines[5] = lines[5].Replace(",", ";", StringComparison.Ordinal);
        lines[20] = lines[19];
        lines[42] = string.Join(",", lines[42].Split(',').Select((f, i) => i == 2 ? "1" : f));
        var file = temp.Write("bad.csv", string.Join("\n", lines) + "\n");
        var db = temp.File("candles.sqlite3");

        var (exitCode, output, error) = await CabAsync(temp, "import", "--file", file, "--symbol", "BTC/USDT", "--timeframe", "1m", "--db", db);

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("line 6: expected 6 columns", error, StringComparison.Ordinal);
        Assert.Contains("line 21: duplicate timestamp", error, StringComparison.Ordinal);
        Assert.Contains("line 43: high 1 is below", error, StringComparison.Ordinal);
        Assert.Contains("3 bad lines (50 data rows); nothing imported", error, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(db, Timeframe.M1));
    }

    [Fact]
    public async Task Resampling_a_real_5m_slice_into_1h_matches_the_resampler_in_process()
    {
        using var temp = new TempDirectory();
        // 2020-12-20 23:10 to 2020-12-24 05:50: includes the 2020-12-21 maintenance gap and ends one period short of a full hour.
        var file = Slice(temp, "binance_BTC-USDT_5m.csv", 5_750, 899, "5m.csv");
        var input = CandleCsvReader.ReadFile(file, Timeframe.M5).Candles;
        var expected = CandleResampler.ResampleDetailed(input, Timeframe.M5, Timeframe.H1);

        var closedOnly = await CabAsync(temp, "resample", "--file", file, "--from-timeframe", "5m", "--to-timeframe", "1h", "--out", temp.File("1h.csv"));
        var all = await CabAsync(temp, "resample", "--file", file, "--from-timeframe", "5m", "--to-timeframe", "1h", "--out", temp.File("all.csv"), "--include-unclosed");

        Assert.True(closedOnly.ExitCode == 0, closedOnly.Output + closedOnly.Error);
        Assert.True(all.ExitCode == 0, all.Output + all.Error);
        Assert.False(expected[^1].IsClosed);
        Assert.Contains(expected, r => r.HasGaps && r.IsClosed);
        Assert.Equal(expected.SkipLast(1).Select(r => r.Candle), CandleCsvReader.ReadFile(temp.File("1h.csv"), Timeframe.H1).Candles);
        Assert.Equal(CandleResampler.Resample(input, Timeframe.M5, Timeframe.H1), CandleCsvReader.ReadFile(temp.File("all.csv"), Timeframe.H1).Candles);
        Assert.Contains("Left out the last 1h bucket", closedOnly.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resampling_stored_candles_stores_the_higher_timeframe()
    {
        using var temp = new TempDirectory();
        var file = Slice(temp, "binance_BTC-USDT_1m.csv", 0, 3_000, "1m.csv");
        var db = temp.File("candles.sqlite3");
        var environment = new Dictionary<string, string?> { ["DB_PATH"] = db };

        var import = await CabAsync(temp, environment, "import", "--file", file, "--symbol", "BTC/USDT", "--timeframe", "1m");
        var resample = await CabAsync(temp, environment, "resample", "--symbol", "BTC/USDT", "--from-timeframe", "1m", "--to-timeframe", "4h");

        Assert.True(import.ExitCode == 0 && resample.ExitCode == 0, import.Error + resample.Output + resample.Error);
        var input = CandleCsvReader.ReadFile(file).Candles;
        var closed = CandleResampler.ResampleDetailed(input, Timeframe.M1, Timeframe.H4).Where(r => r.IsClosed).Select(r => r.Candle);
        Assert.Equal(closed, await StoredAsync(db, Timeframe.H4));
    }

    [Theory]
    [InlineData("import", "--timeframe: '2m' is not a timeframe", "--file", "x.csv", "--symbol", "BTC/USDT", "--timeframe", "2m")]
    [InlineData("import", "--symbol: 'BTCUSDT' is not a trading pair", "--file", "x.csv", "--symbol", "BTCUSDT", "--timeframe", "1m")]
    [InlineData("import", "--file is required", "--symbol", "BTC/USDT", "--timeframe", "1m")]
    [InlineData("import", "--file needs a value", "--symbol", "BTC/USDT", "--timeframe", "1m", "--file")]
    [InlineData("export", "--from 2021-05-01T00:00:00Z is not before --to", "--symbol", "BTC/USDT", "--timeframe", "1m", "--out", "o.csv", "--from", "2021-05-01", "--to", "2021-04-01")]
    [InlineData("export", "--to: 'yesterday' is not an ISO-8601 UTC time", "--symbol", "BTC/USDT", "--timeframe", "1m", "--out", "o.csv", "--to", "yesterday")]
    [InlineData("resample", "15m cannot be resampled into 5m", "--file", "x.csv", "--from-timeframe", "15m", "--to-timeframe", "5m", "--out", "o.csv")]
    [InlineData("resample", "unexpected argument 'extra'", "--file", "x.csv", "--from-timeframe", "1m", "--to-timeframe", "1h", "--out", "o.csv", "extra")]
    public async Task Usage_errors_exit_2_and_name_the_problem(string command, string message, params string[] arguments)
    {
        using var temp = new TempDirectory();
        temp.Write("x.csv", "timestamp_ms,open,high,low,close,volume\n0,1,1,1,1,1\n");

        var (exitCode, output, error) = await CabAsync(temp, [command, .. arguments, "--db", temp.File("db.sqlite3")]);

        Assert.True(exitCode == 2, output + error);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("db.sqlite3")));
        Assert.False(File.Exists(temp.File("o.csv")));
    }

    [Fact]
    public async Task Invalid_settings_exit_2_when_the_database_comes_from_them()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("x.csv", "timestamp_ms,open,high,low,close,volume\n0,1,1,1,1,1\n");

        var (exitCode, _, error) = await CabAsync(temp, new Dictionary<string, string?> { ["MODE"] = "foo" }, "import", "--file", file, "--symbol", "BTC/USDT", "--timeframe", "1m");

        Assert.Equal(2, exitCode);
        Assert.Contains("MODE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_what_is_not_stored_exits_1_and_writes_no_file()
    {
        using var temp = new TempDirectory();
        var db = temp.File("candles.sqlite3");
        await CabAsync(temp, "import", "--file", Slice(temp, "binance_BTC-USDT_1h.csv", 0, 10, "1h.csv"), "--symbol", "BTC/USDT", "--timeframe", "1h", "--db", db);

        var missingDb = await CabAsync(temp, "export", "--symbol", "BTC/USDT", "--timeframe", "1h", "--out", temp.File("a.csv"), "--db", temp.File("none.sqlite3"));
        var otherSymbol = await CabAsync(temp, "export", "--symbol", "ETH/USDT", "--timeframe", "1h", "--out", temp.File("b.csv"), "--db", db);
        var notADatabase = await CabAsync(temp, "export", "--symbol", "BTC/USDT", "--timeframe", "1h", "--out", temp.File("c.csv"), "--db", temp.Write("text.db", "not sqlite at all, just text"));

        Assert.Equal((1, 1, 1), (missingDb.ExitCode, otherSymbol.ExitCode, notADatabase.ExitCode));
        Assert.Contains("no database at", missingDb.Error, StringComparison.Ordinal);
        Assert.Contains("no ETH/USDT 1h candles stored", otherSymbol.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: ", notADatabase.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", notADatabase.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(new[] { "none.sqlite3", "a.csv", "b.csv", "c.csv" }, f => File.Exists(temp.File(f)));
    }
}
