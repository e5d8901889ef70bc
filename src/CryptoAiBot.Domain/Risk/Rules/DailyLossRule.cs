using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>daily_loss</c>: denies a buy when the realized loss of the current UTC day
/// (<c>−</c><see cref="RiskSnapshot.RealizedPnlTodayQuote"/>) is at least
/// <see cref="RiskLimits.DailyLossLimitQuote"/>. Buys resume the next UTC day.
/// </summary>
public sealed class DailyLossRule : BuyOnlyRiskRule
{
    public const string RuleName = "daily_loss";

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.DailyLossLimitQuote > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var loss = -snapshot.RealizedPnlTodayQuote;
        var quote = trade.Symbol.Quote;
        return loss >= limits.DailyLossLimitQuote
            ? Deny(
                $"realized loss today (UTC) of {Number(loss)} {quote} reached the daily limit of " +
                $"{Number(limits.DailyLossLimitQuote)} {quote}")
            : null;
    }
}
