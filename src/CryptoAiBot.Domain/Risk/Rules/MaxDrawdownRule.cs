using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_drawdown</c>: denies a buy when <c>(peak − equity) / peak × 100</c> is at least
/// <see cref="RiskLimits.MaxDrawdownPct"/>. With no positive equity peak there is nothing to measure
/// from, and the rule allows.
/// </summary>
public sealed class MaxDrawdownRule : BuyOnlyRiskRule
{
    public const string RuleName = "max_drawdown";

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxDrawdownPct > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var peak = snapshot.EquityPeakQuote;
        if (peak <= 0)
        {
            return null;
        }

        var drawdownPct = DrawdownPct(snapshot);
        var quote = trade.Symbol.Quote;
        return drawdownPct >= limits.MaxDrawdownPct
            ? Deny(
                $"drawdown of {Percent(drawdownPct)} (equity {Number(snapshot.EquityQuote)} {quote}, peak {Number(peak)} {quote}) " +
                $"reached the limit of {Percent(limits.MaxDrawdownPct)}")
            : null;
    }

    /// <summary>Percent of equity below its peak; 0 without a positive peak.</summary>
    internal static decimal DrawdownPct(RiskSnapshot snapshot) =>
        snapshot.EquityPeakQuote > 0 ? (snapshot.EquityPeakQuote - snapshot.EquityQuote) / snapshot.EquityPeakQuote * 100m : 0m;
}
