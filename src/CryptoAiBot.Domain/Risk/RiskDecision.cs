namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// The risk manager's answer: every violated rule, and the limits it was judged against so the
/// caller can publish and display them. The trade may go ahead only when <see cref="Ok"/> is true.
/// </summary>
/// <param name="Reasons">Every violation found, in rule order; empty when the trade is allowed.</param>
/// <param name="Limits">The limits the trade was judged against.</param>
public sealed record RiskDecision(IReadOnlyList<RiskViolation> Reasons, RiskLimits Limits)
{
    /// <summary>
    /// The only answer possible under <see cref="RiskLimits.None"/> (every rule off): one shared instance, as the
    /// caller skips the manager for it on every entry.
    /// </summary>
    public static RiskDecision AllowedUnderNoLimits { get; } = new([], RiskLimits.None);

    /// <summary>True exactly when no rule was violated.</summary>
    public bool Ok => Reasons.Count == 0;
}
