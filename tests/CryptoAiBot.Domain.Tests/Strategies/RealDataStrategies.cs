using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

/// <summary>Fresh instances of every strategy for the real-candle tests, by a short name for theory rows.</summary>
internal static class RealDataStrategies
{
    /// <summary>Row names: each strategy with its defaults, short-period variants that signal often, and aggregates.</summary>
    public static TheoryData<string> Names => new()
    {
        "ema_cross", "rsi_momentum", "bollinger", "atr_breakout", "signals_policy",
        "rsi_momentum_fast", "bollinger_fast", "atr_breakout_fast", "signals_policy_fast",
        "aggregate_first", "aggregate_vote", "aggregate_weighted",
    };

    public static IStrategy Create(string name) => name switch
    {
        "rsi_momentum_fast" => new RsiMomentumStrategy(5, 30d, 70d),
        "bollinger_fast" => new BollingerReversionStrategy(10, 1.5d),
        "atr_breakout_fast" => new AtrBreakoutStrategy(5, 10, 0.5d),
        "signals_policy_fast" => new SignalsPolicyStrategy(3, 8, 5, 70d),
        "aggregate_first" => All(AggregationMode.First),
        "aggregate_vote" => All(AggregationMode.Vote),
        "aggregate_weighted" => All(AggregationMode.Weighted),
        _ => StrategyRegistry.Create(name, StrategyParameters.Default),
    };

    private static AggregateStrategy All(AggregationMode mode) =>
        new([.. StrategyRegistry.Names.Select(n => StrategyRegistry.Create(n, StrategyParameters.Default))], mode, [0.3d, 0.2d, 0.2d, 0.2d, 0.1d], 0.2d);
}
