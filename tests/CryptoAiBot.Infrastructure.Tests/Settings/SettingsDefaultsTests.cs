using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SettingsDefaultsTests
{
    [Fact]
    public void Loads_documented_defaults_from_an_empty_table()
    {
        var result = SettingsLoader.Load(Variables.Empty);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var s = result.Settings;
        Assert.Equal(TradingMode.Paper, s.Trading.Mode);
        Assert.False(s.Trading.Sandbox);
        Assert.Equal("gateio", s.Trading.Exchange);
        Assert.Equal([Symbol.Parse("BTC/USDT")], s.Trading.Symbols);
        Assert.Equal(10m, s.Trading.FixedAmount);
        Assert.Equal(PriceFeedKind.Sim, s.Trading.PriceFeed);
        Assert.Equal("15m", s.Trading.Timeframe);
        Assert.Equal(PositionSizerKind.Fixed, s.Trading.PositionSizer);
        Assert.Equal(10000m, s.Paper.StartQuote);
        Assert.Equal(0.2m, s.Paper.FeePct);
        Assert.Equal(42, s.Paper.SimSeed);
        Assert.Equal(TimeSpan.FromSeconds(1), s.Paper.SimTick);
        Assert.Equal(TimeSpan.FromSeconds(60), s.Risk.Cooldown);
        Assert.Equal(0.5m, s.Risk.MaxSpreadPct);
        Assert.Equal(2m, s.Risk.StopLossPct);
        Assert.Equal(1m, s.Risk.TrailingPct);
        Assert.Equal(0, s.Safety.MaxOrdersPerDay);
        Assert.Equal(TimeSpan.FromMinutes(1), s.Idempotency.Bucket);
        Assert.Equal(TimeSpan.FromHours(1), s.Idempotency.Ttl);
        Assert.Equal(TimeSpan.FromSeconds(5), s.Orchestrator.EvalInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), s.Orchestrator.ExitsInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), s.Orchestrator.SettlementInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), s.Orchestrator.SettlementTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), s.Orchestrator.DmsTimeout);
        Assert.Equal("./data/trader-gateio-paper.sqlite3", s.Storage.DbPath);
        Assert.False(s.Storage.DbUrl.IsSet);
        Assert.Equal(LogLevel.Information, s.Service.LogLevel);
        Assert.False(s.Service.ControlEndpointsEnabled);
        Assert.Equal(8000, s.Service.HttpPort);
        Assert.Equal("127.0.0.1", s.Service.HttpHost);
        Assert.Equal([5d, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000], s.Service.MetricsBucketsMs);
        Assert.Equal(TimeSpan.FromSeconds(10), s.Broker.HttpTimeout);
        Assert.Equal(8m, s.Broker.RateRps);
        Assert.Equal(16, s.Broker.RateBurst);
        Assert.Equal(["ema_cross"], s.Strategy.Set);
        Assert.Equal(StrategyCombineMode.First, s.Strategy.Mode);
        Assert.Empty(s.Strategy.Scores);
        Assert.Equal((12, 26), (s.Strategy.EmaFast, s.Strategy.EmaSlow));
        Assert.True(s.Mtf.Enabled);
        Assert.Equal(1m, s.Mtf.WeightM15 + s.Mtf.WeightH1 + s.Mtf.WeightH4 + s.Mtf.WeightD1 + s.Mtf.WeightW1);
        Assert.Equal((0.65m, 0.35m), (s.Fusion.WeightTechnical, s.Fusion.WeightAi));
        Assert.False(s.Regime.Enabled);
        Assert.Equal(TimeSpan.FromHours(8), s.Regime.FomcBlock);
        Assert.False(s.Telegram.Enabled);
        Assert.False(s.ApiKeys.IsSet);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Default_instance_describes_the_same_as_an_empty_load()
    {
        var loaded = SettingsLoader.Load(Variables.Empty).GetOrThrow();

        Assert.Equal(loaded.Describe(), new BotSettings().Describe());
    }

    [Fact]
    public void Database_path_names_exchange_and_mode_when_unset()
    {
        var settings = SettingsLoader.Load(Variables.Of(("MODE", "live"), ("API_KEY", "k"), ("API_SECRET", "s"))).GetOrThrow();

        Assert.Equal("./data/trader-gateio-live.sqlite3", settings.Storage.DbPath);
    }

    [Fact]
    public void Intervals_accept_fractional_seconds()
    {
        var settings = SettingsLoader.Load(Variables.Of(("EVAL_INTERVAL_SEC", "0.05"), ("EXITS_INTERVAL_SEC", "0.25"), ("SIM_TICK_MS", "10"))).GetOrThrow();

        Assert.Equal(TimeSpan.FromMilliseconds(50), settings.Orchestrator.EvalInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(250), settings.Orchestrator.ExitsInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(10), settings.Paper.SimTick);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("YES", true)]
    [InlineData("on", true)]
    [InlineData("0", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void Booleans_accept_common_spellings(string text, bool expected)
    {
        var settings = SettingsLoader.Load(Variables.Of(("SANDBOX", text), ("EXCHANGE_URL", "http://127.0.0.1:8089/api/v4"))).GetOrThrow();

        Assert.Equal(expected, settings.Trading.Sandbox);
    }

    [Fact]
    public void Sandbox_without_an_exchange_url_is_refused_explaining_that_gate_has_no_spot_testnet()
    {
        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("SANDBOX", "1"))).Problems);

        Assert.StartsWith("SANDBOX=1 needs EXCHANGE_URL: Gate.io has no spot testnet", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DEBUG", LogLevel.Debug)]
    [InlineData("INFO", LogLevel.Information)]
    [InlineData("WARNING", LogLevel.Warning)]
    [InlineData("ERROR", LogLevel.Error)]
    [InlineData("Information", LogLevel.Information)]
    [InlineData("critical", LogLevel.Critical)]
    public void Log_level_accepts_python_and_dotnet_names(string text, LogLevel expected)
    {
        var settings = SettingsLoader.Load(Variables.Of(("LOG_LEVEL", text))).GetOrThrow();

        Assert.Equal(expected, settings.Service.LogLevel);
    }

    [Fact]
    public void Blank_values_mean_the_default()
    {
        var settings = SettingsLoader.Load(Variables.Of(("MODE", ""), ("FIXED_AMOUNT", "  "), ("SYMBOLS", null))).GetOrThrow();

        Assert.Equal(TradingMode.Paper, settings.Trading.Mode);
        Assert.Equal(10m, settings.Trading.FixedAmount);
    }

    [Fact]
    public void Describe_output_loads_back_to_the_same_settings()
    {
        var original = SettingsLoader.Load(Variables.Of(
            ("SYMBOLS", "eth_usdt,btc-usdt"), ("STRATEGY_SET", "ema_cross,rsi_momentum"), ("STRATEGY_MODE", "weighted"),
            ("STRATEGY_SCORES", "ema_cross:0.7,rsi_momentum:0.3"), ("EVAL_INTERVAL_SEC", "0.5"), ("LOG_LEVEL", "debug"),
            ("TELEGRAM_ALLOWED_USERS", "1,2"), ("REGIME_FOMC_BLOCK_HOURS", "1.5"))).GetOrThrow();
        var described = original.Describe();

        var reloaded = SettingsLoader.Load(described.ToDictionary(p => p.Key, p => (string?)p.Value)).GetOrThrow();

        Assert.Equal(described, reloaded.Describe());
    }

    [Fact]
    public void Weighted_mode_keeps_the_scores()
    {
        var settings = SettingsLoader.Load(Variables.Of(
            ("STRATEGY_SET", "ema_cross,Bollinger"), ("STRATEGY_MODE", "weighted"), ("STRATEGY_SCORES", "ema_cross:0.25, bollinger:0.75"))).GetOrThrow();

        Assert.Equal(["ema_cross", "bollinger"], settings.Strategy.Set);
        Assert.Equal(0.75m, settings.Strategy.Scores["bollinger"]);
    }
}
