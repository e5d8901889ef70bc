using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

/// <summary>Feeds candles to an incremental strategy the way the live cycle and the backtester do.</summary>
internal static class StrategyFeeding
{
    /// <summary>Resets the strategy, feeds every candle in order and returns the verdict on the last one.</summary>
    public static StrategySignal Evaluate(this IStrategy strategy, IReadOnlyList<Candle> candles)
    {
        strategy.Reset();
        var last = default(StrategySignal);
        foreach (var candle in candles)
        {
            last = strategy.OnCandle(candle);
        }

        return last;
    }
}
