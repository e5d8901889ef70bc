namespace CryptoAiBot.Domain.Risk;

/// <summary>Why a rule denied a trade.</summary>
/// <param name="Rule">The rule's stable snake_case name (<see cref="IRiskRule.Name"/>), used as a metric label.</param>
/// <param name="Reason">A sentence for a trader, with the measured value and the limit.</param>
public sealed record RiskViolation(string Rule, string Reason);
