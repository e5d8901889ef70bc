using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>Live start-up against the Gate.io simulator: what the bot checks before it may trade.</summary>
public sealed class LiveStartTests
{
    private static BotEnvironment Live(TempDirectory temp, string exchangeUrl, string key = "sim-key", string secret = "sim-secret") =>
        RunningBot.Idle(temp)
            .With("MODE", "live")
            .With("SANDBOX", "1")
            .With("EXCHANGE_URL", exchangeUrl)
            .With("API_KEY", key)
            .With("API_SECRET", secret)
            .With("PRICE_FEED", null)
            .With("FIXED_PRICE", null);

    [Fact]
    public async Task A_live_bot_starts_against_the_simulator_and_reports_its_status()
    {
        await using var sim = await GateSimulator.StartAsync(new GateSimulatorOptions(), TimeProvider.System, CancellationToken.None);
        using var temp = new TempDirectory();

        await using var bot = await RunningBot.StartAsync(Live(temp, sim.BaseUrl.ToString()));
        var status = await bot.Client.GetJsonAsync("/orchestrator/status");
        var (_, healthText) = await bot.Client.GetTextAsync("/health");
        using var health = System.Text.Json.JsonDocument.Parse(healthText);
        var components = health.RootElement.GetProperty("components");

        Assert.Equal("running", status.GetProperty("state").GetString());
        Assert.Equal("BTC/USDT", status.GetProperty("symbol").GetString());
        Assert.Equal("ok", components.GetProperty("exchange_clock").GetProperty("status").GetString());
        Assert.StartsWith("exchange clock ", components.GetProperty("exchange_clock").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", components.GetProperty("dead_mans_switch").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_rejected_key_an_unknown_pair_or_an_unreachable_exchange_stops_the_start_with_the_reason()
    {
        await using var sim = await GateSimulator.StartAsync(new GateSimulatorOptions(), TimeProvider.System, CancellationToken.None);
        using var temp = new TempDirectory();

        var badKey = await BotHost.BuildAsync(
            Live(temp, sim.BaseUrl.ToString(), secret: "wrong-secret").ToSettings(), [], TimeProvider.System, CancellationToken.None, "http://127.0.0.1:0");
        var badPair = await BotHost.BuildAsync(
            Live(temp, sim.BaseUrl.ToString()).With("SYMBOLS", "DOGE/USDT").ToSettings(), [], TimeProvider.System, CancellationToken.None, "http://127.0.0.1:0");
        var unreachable = await BotHost.BuildAsync(
            Live(temp, "http://127.0.0.1:9/api/v4").With("HTTP_TIMEOUT", "2").ToSettings(), [], TimeProvider.System, CancellationToken.None, "http://127.0.0.1:0");

        Assert.False(badKey.IsSuccess);
        Assert.Contains("the account cannot be read with API_KEY/API_SECRET", badKey.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", badKey.Error.Message, StringComparison.Ordinal);
        Assert.False(badPair.IsSuccess);
        Assert.Contains("DOGE/USDT", badPair.Error!.Message, StringComparison.Ordinal);
        Assert.False(unreachable.IsSuccess);
        Assert.StartsWith("Gate.io is not reachable", unreachable.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paper_trading_takes_its_prices_and_candles_from_gate_public_endpoints_with_price_feed_live()
    {
        await using var sim = await GateSimulator.StartAsync(new GateSimulatorOptions(), TimeProvider.System, CancellationToken.None);
        using var temp = new TempDirectory();
        var paper = RunningBot.Idle(temp).With("PRICE_FEED", "live").With("FIXED_PRICE", null).With("EXCHANGE_URL", sim.BaseUrl.ToString())
            .With("TRADING_TIMEFRAME", "1m").With("MTF_ENABLED", "0");

        await using var bot = await RunningBot.StartAsync(paper);
        var evaluated = await BotWait.UntilAsync(
            async () => (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("last_decision").ValueKind == System.Text.Json.JsonValueKind.Object,
            TimeSpan.FromSeconds(20));

        Assert.True(evaluated, "no evaluation on the simulator's candles within 20 s");
        var decision = (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("last_decision");
        Assert.DoesNotContain("no candles", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("no price", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(sim.Ledger("sim-key").Orders);
    }
}
