using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// Base of the built-in rules. It holds the two properties every rule shares, in one place: a sell is
/// never judged (a protective exit must always be able to leave), and a rule whose limit is 0 is off.
/// </summary>
public abstract class BuyOnlyRiskRule : IRiskRule
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public RiskViolation? Check(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        trade.Side != OrderSide.Sell && IsEnabled(limits) ? CheckBuy(trade, snapshot, limits, now) : null;

    /// <summary>True when this rule's limit is set (above 0).</summary>
    protected abstract bool IsEnabled(RiskLimits limits);

    /// <summary>Judges a buy against an enabled limit.</summary>
    protected abstract RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now);

    /// <summary>A violation of this rule.</summary>
    protected RiskViolation Deny(string reason) => new(Name, reason);
}
