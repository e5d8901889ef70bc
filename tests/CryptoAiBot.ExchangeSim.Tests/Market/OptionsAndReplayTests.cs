using System.Globalization;
using CryptoAiBot.ExchangeSim.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.ExchangeSim.Tests.Market;

public sealed class OptionsAndReplayTests
{
    [Fact]
    public async Task Invalid_options_list_every_problem_and_nothing_starts()
    {
        var options = SimRig.DefaultOptions with
        {
            Port = -1,
            Spread = 0m,
            Depth = 0,
            TakerFeeRate = 1.5m,
            CandlesFile = "/nonexistent.csv",
            Pairs = [new SimPairOptions { Id = "btc-usdt" }, new SimPairOptions { Id = "ETH_USDT", StartPrice = 0m }],
            Accounts = [new SimAccountOptions { Key = "a", Secret = "" }, new SimAccountOptions { Key = "a", Secret = "x" }],
            Faults = [new CryptoAiBot.ExchangeSim.Faults.SimFaultRule { Kind = CryptoAiBot.ExchangeSim.Faults.SimFaultKind.Error, Status = 200 }],
        };

        var exception = await Assert.ThrowsAsync<GateSimulatorOptionsException>(() => GateSimulator.StartAsync(options, new ManualTimeProvider(), CancellationToken.None));

        Assert.Equal(10, exception.Problems.Count);
        Assert.Contains(exception.Problems, p => p.Contains("Port", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("Accounts: 'a' appears 2 times", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("Faults[0]", StringComparison.Ordinal));
        Assert.Empty(SimRig.DefaultOptions.Validate());
    }

    [Fact]
    public async Task Replays_a_candle_file_history_first_then_each_candle_in_four_steps()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("candles.csv", string.Join('\n',
            "timestamp_ms,open,high,low,close,volume",
            "1700000000000,100,110,90,105,4",
            "1700000060000,105,108,101,102,8",
            "1700000120000,102,120,100,118,12") + "\n");
        await using var rig = await SimRig.StartAsync(o => o with
        {
            CandlesFile = file,
            CandlesPair = "ETH_USDT",
            ReplayWarmupCandles = 2,
        });

        var start = rig.Simulator.LastPrice("ETH_USDT");
        var history = (await rig.Client.GetPublicAsync("/spot/candlesticks?currency_pair=ETH_USDT&interval=1m&limit=3")).Json;
        var steps = Enumerable.Range(0, 5).Select(_ => rig.Simulator.AdvanceMarket("ETH_USDT")).ToList();

        Assert.Equal(102m, start);
        Assert.Equal(["100", "110", "90", "105", "4"], new[] { history[0][5], history[0][3], history[0][4], history[0][2], history[0][6] }.Select(v => v.GetString()));
        Assert.Equal([102m, 100m, 120m, 118m, 118m], steps);
        Assert.Equal(60_000m, rig.Simulator.LastPrice(SimRig.Pair));
        Assert.Equal(rig.Time.GetUtcNow().ToUnixTimeSeconds() / 60 * 60 - 60, long.Parse(history[1][0].GetString() ?? "", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_bad_candle_file_is_refused_with_its_line_problems()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("bad.csv", "timestamp_ms,open,high,low,close,volume\n1700000000000,100,90,95,105,4\n");

        var exception = await Assert.ThrowsAsync<GateSimulatorOptionsException>(() =>
            GateSimulator.StartAsync(SimRig.DefaultOptions with { CandlesFile = file }, new ManualTimeProvider(), CancellationToken.None));

        Assert.Contains("line 2", Assert.Single(exception.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_arguments_become_options_or_problems()
    {
        var good = SimulatorArguments.Parse(["--port", "8100", "--seed", "9", "--key", "k", "--secret", "s"]);
        var bad = SimulatorArguments.Parse(["--port", "x", "--what", "1", "--seed"]);

        Assert.Empty(good.Problems);
        Assert.Equal((8100, 9, "k", "s"), (good.Options.Port, good.Options.Seed, good.Options.Accounts[0].Key, good.Options.Accounts[0].Secret));
        Assert.Equal(3, bad.Problems.Count);
    }
}
