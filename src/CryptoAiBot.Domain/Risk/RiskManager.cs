using CryptoAiBot.Domain.Risk.Rules;

namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// The single gate every intended trade passes before execution: runs every rule and collects every
/// violation (it does not stop at the first), so a trader sees all the reasons at once. Pure: it never
/// logs or publishes; the orchestrator publishes <c>risk.blocked</c> with each rule name.
/// </summary>
/// <remarks>
/// The bot is long only and risk can only deny. Every rule applies to buys only: a sell reduces or
/// closes a position and is never blocked by frequency, turnover, cooldown, loss, drawdown, spread,
/// correlation, position, fee or slippage limits, so a protective exit can always leave.
/// </remarks>
public sealed class RiskManager(IEnumerable<IRiskRule> rules)
{
    private readonly IRiskRule[] _rules = [.. rules];

    /// <summary>A manager running all fourteen built-in rules.</summary>
    public RiskManager()
        : this(AllRules())
    {
    }

    /// <summary>The rules this manager runs, in order; their names are the metric labels.</summary>
    public IReadOnlyList<IRiskRule> Rules => _rules;

    /// <summary>Every built-in rule, one instance each.</summary>
    public static IReadOnlyList<IRiskRule> AllRules() =>
    [
        new LossStreakRule(),
        new MaxDrawdownRule(),
        new MaxOrders5mRule(),
        new MaxTurnover5mRule(),
        new CooldownRule(),
        new DailyLossRule(),
        new SpreadCapRule(),
        new CorrelationRule(),
        new MaxPositionRule(),
        new MaxOrdersPerHourRule(),
        new MaxOrdersPerDayRule(),
        new MaxTurnoverPerDayRule(),
        new MaxFeeRule(),
        new MaxSlippageRule(),
    ];

    /// <summary>Judges <paramref name="trade"/>; the decision is ok only when no rule objects.</summary>
    public RiskDecision Evaluate(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var reasons = new List<RiskViolation>();
        foreach (var rule in _rules)
        {
            if (rule.Check(trade, snapshot, limits, now) is { } violation)
            {
                reasons.Add(violation);
            }
        }

        return new RiskDecision(reasons, limits);
    }
}
