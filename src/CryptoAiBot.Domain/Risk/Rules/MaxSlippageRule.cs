using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_slippage</c>: denies a buy when <see cref="RiskSnapshot.ExpectedSlippagePct"/> exceeds
/// <see cref="RiskLimits.MaxSlippagePct"/>. Slippage exactly at the limit is allowed: the limit is the
/// highest acceptable slippage.
/// </summary>
public sealed class MaxSlippageRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "max_slippage";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxSlippagePct > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        snapshot.ExpectedSlippagePct > limits.MaxSlippagePct
            ? Deny(
                $"expected slippage of {Percent(snapshot.ExpectedSlippagePct)} at reference price " +
                $"{Number(trade.ReferencePrice)} exceeds the limit of {Percent(limits.MaxSlippagePct)}")
            : null;
}
