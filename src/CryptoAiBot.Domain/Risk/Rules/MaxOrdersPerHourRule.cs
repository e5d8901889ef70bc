namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_orders_per_hour</c>: denies a buy when the orders placed in the rolling window
/// <c>(now − 1 h, now]</c>, all symbols and both sides, number at least <see cref="RiskLimits.MaxOrdersPerHour"/>.
/// An order exactly one hour old has left the window.
/// </summary>
public sealed class MaxOrdersPerHourRule : BuyOnlyRiskRule
{
    public const string RuleName = "max_orders_per_hour";

    internal static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxOrdersPerHour > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        OrderWindow.Rolling(now, Window, "in the last hour").CheckCount(Name, snapshot.RecentOrders, limits.MaxOrdersPerHour);
}
