namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// The risk manager's answer: every violated rule, and the limits it was judged against so the
/// caller can publish and display them. The trade may go ahead only when <see cref="Ok"/> is true.
/// </summary>
/// <param name="Reasons">Every violation found, in rule order; empty when the trade is allowed.</param>
/// <param name="Limits">The limits the trade was judged against.</param>
public sealed record RiskDecision(IReadOnlyList<RiskViolation> Reasons, RiskLimits Limits)
{
    /// <summary>True exactly when no rule was violated.</summary>
    public bool Ok => Reasons.Count == 0;
}
