using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;

namespace CryptoAiBot.EndToEnd.Tests;

/// <summary>The presets tests start bots with must validate and use real variable names: a typo would be silently ignored.</summary>
public sealed class TestSettingsTests
{
    public static TheoryData<string> Presets => ["quiet", "fast"];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_validates_and_names_only_known_variables(string preset)
    {
        var environment = preset == "fast" ? BotEnvironment.FastTrading("bot.sqlite3") : BotEnvironment.Quiet("bot.sqlite3");

        var settings = environment.ToSettings();

        Assert.Empty(environment.Variables.Keys.Except(SettingsLoader.KnownVariables));
        Assert.Equal("bot.sqlite3", settings.Storage.DbPath);
        Assert.Equal(0, settings.Service.HttpPort);
        Assert.Equal("127.0.0.1", settings.Service.HttpHost);
    }

    [Fact]
    public void Fast_preset_trades_on_100_ms_candles_without_cooldown()
    {
        var settings = BotEnvironment.FastTrading("bot.sqlite3").ToSettings();

        Assert.Equal(TimeSpan.FromMilliseconds(20), settings.Paper.SimTick);
        Assert.Equal(TimeSpan.FromMilliseconds(100), settings.Orchestrator.EvalInterval);
        Assert.Equal(TimeSpan.Zero, settings.Risk.Cooldown);
        Assert.Equal((3, 8), (settings.Strategy.EmaFast, settings.Strategy.EmaSlow));
        Assert.Equal(0.3m, settings.Risk.TrailingPct);
        Assert.Equal(100m, settings.Trading.FixedAmount);
    }
}
