namespace CryptoAiBot.Domain.Strategies;

using CryptoAiBot.Domain.Candles;

/// <summary>
/// A trading strategy fed one closed candle at a time, oldest first. Incremental by contract: each
/// call is O(1) and allocates nothing, which is what lets a backtest run millions of candles through
/// the same code that trades live. Strategies never call a port. One instance per symbol.
/// </summary>
public interface IStrategy
{
    /// <summary>Stable name used in <c>STRATEGY_SET</c>, e.g. <c>ema_cross</c>.</summary>
    string Name { get; }

    /// <summary>Closed candles needed before the strategy says anything but hold.</summary>
    int WarmupCandles { get; }

    /// <summary>Takes the next closed candle and returns the verdict as of its close.</summary>
    StrategySignal OnCandle(in Candle candle);

    /// <summary>Forgets every candle seen, as if newly created.</summary>
    void Reset();
}
