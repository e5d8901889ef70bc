using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Trading;

/// <summary>
/// A decider's verdict: what to do, under which intent (<see cref="TradeIntents"/>), and the strategy
/// signal or stop that led there. A value with constant strings: producing one allocates nothing.
/// </summary>
public readonly record struct TradingDecision(DecisionKind Kind, string Intent, double Score, string Reason)
{
    public bool IsTrade => Kind is DecisionKind.Enter or DecisionKind.Exit;

    public static TradingDecision None(in StrategySignal signal) => new(DecisionKind.None, "", signal.Score, signal.Reason);

    public static TradingDecision None(string reason) => new(DecisionKind.None, "", 0d, reason);
}
