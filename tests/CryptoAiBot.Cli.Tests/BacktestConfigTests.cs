using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary><c>cab backtest --config</c>: the bot's own .env file decides the strategies, gate, sizer and risk rules.</summary>
public sealed class BacktestConfigTests
{
    private const string PlainConfig = """
        STRATEGY_SET=ema_cross
        TRADING_TIMEFRAME=1m
        MTF_ENABLED=0
        FIXED_AMOUNT=1000
        RISK_STOP_LOSS_PCT=3
        RISK_TRAILING_PCT=0
        PAPER_FEE_PCT=0.2
        PAPER_START_QUOTE=10000
        """;

    [Fact]
    public async Task A_file_saying_what_the_command_line_defaults_say_gives_the_same_report_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var data = BacktestCommandTests.Slice(temp, 4_000);
        var config = temp.Write("bot.env", PlainConfig);

        var fromFile = await BacktestCommandTests.CabAsync(temp, "--data", data, "--config", config, "--json", temp.File("file.json"));
        var fromFlags = await BacktestCommandTests.CabAsync(temp, "--data", data, "--json", temp.File("flags.json"));

        Assert.True(fromFile.ExitCode == 0, fromFile.Output + fromFile.Error);
        Assert.True(fromFlags.ExitCode == 0, fromFlags.Output + fromFlags.Error);
        Assert.Equal(File.ReadAllBytes(temp.File("flags.json")), File.ReadAllBytes(temp.File("file.json")));
    }

    [Fact]
    public async Task The_files_strategy_set_and_risk_limits_are_the_ones_backtested()
    {
        using var temp = new TempDirectory();
        var data = BacktestCommandTests.Slice(temp, 4_000);
        var limited = temp.Write("limited.env", PlainConfig + "\nSTRATEGY_SET=ema_cross,rsi_momentum\nSTRATEGY_MODE=first\nRISK_MAX_ORDERS_PER_HOUR=1\n");
        var free = temp.Write("free.env", PlainConfig + "\nSTRATEGY_SET=ema_cross,rsi_momentum\nSTRATEGY_MODE=first\n");

        var run = await BacktestCommandTests.CabAsync(temp, "--data", data, "--config", limited, "--json", temp.File("limited.json"));
        await BacktestCommandTests.CabAsync(temp, "--data", data, "--config", free, "--json", temp.File("free.json"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("limited.json")));
        using var unlimited = JsonDocument.Parse(File.ReadAllText(temp.File("free.json")));
        Assert.Equal("first(ema_cross,rsi_momentum)", report.RootElement.GetProperty("strategy").GetString());
        var entries = report.RootElement.GetProperty("trades").EnumerateArray().Select(t => t.GetProperty("entry_time_ms").GetInt64()).ToArray();
        var exits = report.RootElement.GetProperty("trades").EnumerateArray().Select(t => t.GetProperty("exit_time_ms").GetInt64()).ToArray();
        Assert.NotEmpty(entries);
        // At most one order per rolling hour: an entry never comes within the hour after the previous exit.
        for (var i = 1; i < entries.Length; i++)
        {
            Assert.True(entries[i] - exits[i - 1] >= 3_600_000, $"entry {i} came {entries[i] - exits[i - 1]} ms after an exit");
        }

        Assert.True(entries.Length < unlimited.RootElement.GetProperty("trades").GetArrayLength());
    }

    [Fact]
    public async Task Every_problem_of_the_file_and_every_conflicting_option_is_named()
    {
        using var temp = new TempDirectory();
        var data = BacktestCommandTests.Slice(temp, 100);
        var config = temp.Write("bad.env", "STRATEGY_SET=ema_cross,astrology\nFUSION_W_AI=0.5\n");

        var (exitCode, output, error) = await BacktestCommandTests.CabAsync(temp, "--data", data, "--config", config, "--amount", "5", "--trend", "on");

        Assert.True(exitCode == 2, $"exit {exitCode}: {output}{error}");
        Assert.Contains("STRATEGY_SET", error, StringComparison.Ordinal);
        Assert.Contains("astrology", error, StringComparison.Ordinal);
        Assert.Contains("Fusion weights must sum to 1.0", error, StringComparison.Ordinal);
        Assert.Contains("--amount cannot be combined with --config; set FIXED_AMOUNT in the file", error, StringComparison.Ordinal);
        Assert.Contains("--trend cannot be combined with --config; set MTF_ENABLED and MTF_W_* in the file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_the_regime_filter_on_is_refused_there_being_no_macro_history_to_replay()
    {
        using var temp = new TempDirectory();
        var data = BacktestCommandTests.Slice(temp, 100);
        var config = temp.Write("regime.env", "REGIME_ENABLED=1\nREGIME_FOMC_URL=http://127.0.0.1:9/fomc\n");

        var (exitCode, output, error) = await BacktestCommandTests.CabAsync(temp, "--data", data, "--config", config);

        Assert.True(exitCode == 2, $"exit {exitCode}: {output}{error}");
        Assert.Contains("REGIME_ENABLED=1: the macro regime filter reads live sources and has no history to replay", error, StringComparison.Ordinal);
        Assert.DoesNotContain("total return", output, StringComparison.OrdinalIgnoreCase);
    }
}
