using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_position</c>: denies a buy when the position after it (<c>PositionBase + BaseAmount</c>) would
/// exceed <see cref="RiskLimits.MaxPositionBase"/>. A buy that lands exactly on the limit is allowed: the
/// limit is the largest position the bot may hold.
/// </summary>
public sealed class MaxPositionRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "max_position";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxPositionBase > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var after = snapshot.PositionBase + trade.BaseAmount;
        var asset = trade.Symbol.Base;
        return after > limits.MaxPositionBase
            ? Deny(
                $"position after this buy would be {Number(after)} {asset} (holding {Number(snapshot.PositionBase)}, " +
                $"buying {Number(trade.BaseAmount)}), over the limit of {Number(limits.MaxPositionBase)} {asset}")
            : null;
    }
}
