using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class StrategySettingsTests
{
    [Fact]
    public void Defaults_every_strategy_parameter_to_the_strategies_own_defaults()
    {
        var options = SettingsLoader.Load(Variables.Empty).GetOrThrow().Strategy;

        Assert.Equal((14, 30m, 70m), (options.RsiPeriod, options.RsiBuyBelow, options.RsiSellAbove));
        Assert.Equal((20, 2m), (options.BollingerPeriod, options.BollingerK));
        Assert.Equal((14, 20, 1m), (options.AtrPeriod, options.AtrLookback, options.AtrMultiplier));
        Assert.Equal(StrategyParameters.Default, options.ToParameters());
    }

    [Fact]
    public void Reads_every_strategy_parameter_into_the_domain_parameters()
    {
        var options = SettingsLoader.Load(Variables.Of(
            ("EMA_FAST", "5"), ("EMA_SLOW", "9"),
            ("RSI_PERIOD", "7"), ("RSI_BUY_BELOW", "25.5"), ("RSI_SELL_ABOVE", "80"),
            ("BB_PERIOD", "30"), ("BB_K", "2.5"),
            ("ATR_PERIOD", "10"), ("ATR_LOOKBACK", "55"), ("ATR_MULTIPLIER", "0.75"))).GetOrThrow().Strategy;

        Assert.Equal(
            new StrategyParameters
            {
                EmaFast = 5, EmaSlow = 9, RsiPeriod = 7, RsiBuyBelow = 25.5, RsiSellAbove = 80,
                BollingerPeriod = 30, BollingerK = 2.5, AtrPeriod = 10, AtrLookback = 55, AtrMultiplier = 0.75,
            },
            options.ToParameters());
    }

    [Theory]
    [InlineData("RSI_PERIOD", "0", "RSI_PERIOD must be between 1 and 10000; got 0")]
    [InlineData("RSI_PERIOD", "10001", "RSI_PERIOD must be between 1 and 10000; got 10001")]
    [InlineData("RSI_PERIOD", "14.5", "RSI_PERIOD: '14.5' is not a whole number")]
    [InlineData("RSI_BUY_BELOW", "0", "RSI_BUY_BELOW must be above 0 and below 100; got 0")]
    [InlineData("RSI_SELL_ABOVE", "100", "RSI_SELL_ABOVE must be above 0 and below 100; got 100")]
    [InlineData("RSI_BUY_BELOW", "70", "RSI_BUY_BELOW must be less than RSI_SELL_ABOVE; got RSI_BUY_BELOW=70, RSI_SELL_ABOVE=70")]
    [InlineData("RSI_SELL_ABOVE", "abc", "RSI_SELL_ABOVE: 'abc' is not a number")]
    [InlineData("BB_PERIOD", "1", "BB_PERIOD must be between 2 and 10000; got 1")]
    [InlineData("BB_K", "0", "BB_K must be > 0; got 0")]
    [InlineData("BB_K", "-1.5", "BB_K must be > 0; got -1.5")]
    [InlineData("ATR_PERIOD", "-3", "ATR_PERIOD must be between 1 and 10000; got -3")]
    [InlineData("ATR_LOOKBACK", "0", "ATR_LOOKBACK must be between 1 and 10000; got 0")]
    [InlineData("ATR_MULTIPLIER", "0", "ATR_MULTIPLIER must be > 0; got 0")]
    public void Rejects_an_invalid_strategy_parameter_with_a_clear_message(string name, string value, string problem)
    {
        Assert.Equal([problem], SettingsLoader.Load(Variables.Of((name, value))).Problems);
    }

    [Fact]
    public void Reports_every_invalid_strategy_parameter_at_once()
    {
        var problems = SettingsLoader.Load(Variables.Of(
            ("RSI_PERIOD", "0"), ("RSI_BUY_BELOW", "-1"), ("RSI_SELL_ABOVE", "150"),
            ("BB_PERIOD", "0"), ("BB_K", "0"),
            ("ATR_PERIOD", "0"), ("ATR_LOOKBACK", "0"), ("ATR_MULTIPLIER", "-1"))).Problems;

        Assert.Equal(
            [
                "RSI_PERIOD must be between 1 and 10000; got 0",
                "RSI_BUY_BELOW must be above 0 and below 100; got -1",
                "RSI_SELL_ABOVE must be above 0 and below 100; got 150",
                "BB_PERIOD must be between 2 and 10000; got 0",
                "BB_K must be > 0; got 0",
                "ATR_PERIOD must be between 1 and 10000; got 0",
                "ATR_LOOKBACK must be between 1 and 10000; got 0",
                "ATR_MULTIPLIER must be > 0; got -1",
            ],
            problems);
    }

    [Fact]
    public void Describes_the_parameters_so_the_summary_loads_back()
    {
        var original = SettingsLoader.Load(Variables.Of(("RSI_BUY_BELOW", "22.5"), ("BB_K", "1.75"), ("ATR_LOOKBACK", "40"))).GetOrThrow();

        var described = original.Describe();
        var reloaded = SettingsLoader.Load(described.ToDictionary(d => d.Key, d => (string?)d.Value)).GetOrThrow();

        Assert.Equal(("22.5", "1.75", "40"), (described["RSI_BUY_BELOW"], described["BB_K"], described["ATR_LOOKBACK"]));
        Assert.Equal(original.Strategy.ToParameters(), reloaded.Strategy.ToParameters());
    }

    [Fact]
    public void Accepts_exactly_the_names_the_domain_registry_can_build()
    {
        Assert.Equal(StrategyRegistry.Names, StrategyOptions.KnownStrategies);
    }

    [Fact]
    public void Any_valid_configuration_builds_a_strategy_factory()
    {
        var options = SettingsLoader.Load(Variables.Of(
            ("STRATEGY_SET", "rsi_momentum,bollinger,atr_breakout,signals_policy,ema_cross"),
            ("STRATEGY_MODE", "weighted"),
            ("STRATEGY_SCORES", "rsi_momentum:0.2,bollinger:0.2,atr_breakout:0.2,signals_policy:0.2,ema_cross:0.2"),
            ("RSI_BUY_BELOW", "99"), ("RSI_SELL_ABOVE", "99.5"), ("BB_PERIOD", "2"), ("ATR_LOOKBACK", "1"))).GetOrThrow().Strategy;

        var factory = StrategyRegistry.CreateFactory(
            options.Set, AggregationMode.Weighted, options.Scores.ToDictionary(s => s.Key, s => (double)s.Value), options.ToParameters());

        Assert.Equal(5, Assert.IsType<AggregateStrategy>(factory(Symbol.Parse("BTC/USDT"))).Strategies.Count);
    }
}
