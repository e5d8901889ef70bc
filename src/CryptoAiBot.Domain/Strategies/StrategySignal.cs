namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// A strategy's verdict on one closed candle: an action, a score in [-1, 1] (positive is bullish)
/// and why. A value type whose strings are constants, so producing one per candle allocates nothing.
/// </summary>
public readonly record struct StrategySignal(string Strategy, SignalAction Action, double Score, string Reason)
{
    public static StrategySignal Hold(string strategy, string reason, double score = 0d) => new(strategy, SignalAction.Hold, score, reason);
}
