using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_fee</c>: denies a buy when <see cref="RiskSnapshot.ExpectedFeePct"/> exceeds
/// <see cref="RiskLimits.MaxFeePct"/>. A fee exactly at the limit is allowed: the limit is the highest
/// acceptable rate.
/// </summary>
public sealed class MaxFeeRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "max_fee";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxFeePct > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        snapshot.ExpectedFeePct > limits.MaxFeePct
            ? Deny($"expected fee of {Percent(snapshot.ExpectedFeePct)} exceeds the limit of {Percent(limits.MaxFeePct)}")
            : null;
}
