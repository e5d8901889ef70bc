using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// A trading strategy: a pure function of closed candles, oldest first. Strategies never call a
/// port, which is what lets backtest, paper and live share them.
/// </summary>
public interface IStrategy
{
    /// <summary>Stable name used in <c>STRATEGY_SET</c>, e.g. <c>ema_cross</c>.</summary>
    string Name { get; }

    /// <summary>Closed candles needed before the strategy says anything but hold.</summary>
    int WarmupCandles { get; }

    StrategySignal Evaluate(IReadOnlyList<Candle> closedCandles);
}
