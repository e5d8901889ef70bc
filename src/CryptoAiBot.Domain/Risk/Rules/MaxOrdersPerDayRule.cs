namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_orders_per_day</c>: denies a buy when the orders placed since 00:00 UTC of <c>now</c>
/// (inclusive), all symbols and both sides, number at least <see cref="RiskLimits.MaxOrdersPerDay"/>.
/// </summary>
public sealed class MaxOrdersPerDayRule : BuyOnlyRiskRule
{
    public const string RuleName = "max_orders_per_day";

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxOrdersPerDay > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        OrderWindow.UtcDay(now).CheckCount(Name, snapshot.RecentOrders, limits.MaxOrdersPerDay);
}
