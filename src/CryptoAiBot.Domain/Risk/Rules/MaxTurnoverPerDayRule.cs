namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_turnover_per_day</c>: quote turnover of all symbols and both sides since 00:00 UTC of
/// <c>now</c>. Denies a buy when that turnover has already reached
/// <see cref="RiskLimits.MaxTurnoverPerDayQuote"/>, or when turnover plus this buy would exceed it; a
/// buy that lands exactly on the limit is allowed.
/// </summary>
public sealed class MaxTurnoverPerDayRule : BuyOnlyRiskRule
{
    public const string RuleName = "max_turnover_per_day";

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxTurnoverPerDayQuote > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        OrderWindow.UtcDay(now).CheckTurnover(Name, snapshot.RecentOrders, trade, limits.MaxTurnoverPerDayQuote);
}
