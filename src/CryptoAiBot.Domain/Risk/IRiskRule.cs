namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// One risk check. Pure: it reads the trade, the snapshot, the limits and <c>now</c>, and never calls
/// out. A rule only judges buys; a sell must always pass, so a protective exit can never be trapped
/// (the built-in rules get this from <see cref="Rules.BuyOnlyRiskRule"/>).
/// </summary>
public interface IRiskRule
{
    /// <summary>Stable snake_case name, e.g. <c>loss_streak</c>; a metric label, never renamed.</summary>
    string Name { get; }

    /// <summary>Returns the violation, or null when the trade is allowed or the rule is disabled.</summary>
    RiskViolation? Check(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now);
}
