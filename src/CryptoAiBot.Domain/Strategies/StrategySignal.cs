namespace CryptoAiBot.Domain.Strategies;

/// <summary>A strategy's verdict: an action, a score in [-1, 1] (positive is bullish) and why.</summary>
public sealed record StrategySignal(string Strategy, SignalAction Action, double Score, string Reason)
{
    public static StrategySignal Hold(string strategy, string reason) => new(strategy, SignalAction.Hold, 0d, reason);
}
