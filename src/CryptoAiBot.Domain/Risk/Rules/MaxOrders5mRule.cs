namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>max_orders_5m</c>: denies a buy when the orders placed in the rolling window
/// <c>(now − 5 min, now]</c>, all symbols and both sides, number at least <see cref="RiskLimits.MaxOrders5m"/>.
/// An order exactly 5 minutes old has left the window.
/// </summary>
public sealed class MaxOrders5mRule : BuyOnlyRiskRule
{
    public const string RuleName = "max_orders_5m";

    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public override string Name => RuleName;

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxOrders5m > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now) =>
        OrderWindow.Rolling(now, Window, "in the last 5 minutes").CheckCount(Name, snapshot.RecentOrders, limits.MaxOrders5m);
}
