namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_turnover_5m</c>: quote turnover of all symbols and both sides in the rolling window
/// <c>(now − 5 min, now]</c>. Denies a buy when that turnover has already reached
/// <see cref="RiskLimits.MaxTurnover5mQuote"/>, or when turnover plus this buy would exceed it; a buy
/// that lands exactly on the limit is allowed (so a limit of 100 admits one buy of 100).
/// </summary>
public sealed class MaxTurnover5mRule : BuyOnlyRiskRule
{
    public const string RuleName = "max_turnover_5m";

    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxTurnover5mQuote > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        OrderWindow.Rolling(now, Window, "in the last 5 minutes")
            .CheckTurnover(Name, snapshot.RecentOrders, trade, limits.MaxTurnover5mQuote);
}
