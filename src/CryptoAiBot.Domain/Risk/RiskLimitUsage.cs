using CryptoAiBot.Domain.Risk.Rules;

namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// How close the account is to each enabled budget limit — daily loss, drawdown, orders and turnover per window — measured
/// exactly as the rules measure it before a buy (the same windows, the same snapshot), so a dashboard shows the
/// headroom the risk manager will see. Pure: a snapshot and <c>now</c> in, one entry per enabled limit out.
/// </summary>
public static class RiskLimitUsage
{
    public static IReadOnlyList<LimitUsage> Of(RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(limits);
        var usage = new List<LimitUsage>(7);
        var orders = snapshot.RecentOrders;
        var today = OrderWindow.UtcDay(now);
        var fiveMinutes = OrderWindow.Rolling(now, MaxOrders5mRule.Window, "");
        var hour = OrderWindow.Rolling(now, MaxOrdersPerHourRule.Window, "");
        Add(usage, DailyLossRule.RuleName, Math.Max(0m, -snapshot.RealizedPnlTodayQuote), limits.DailyLossLimitQuote);
        Add(usage, MaxDrawdownRule.RuleName, Math.Max(0m, MaxDrawdownRule.DrawdownPct(snapshot)), limits.MaxDrawdownPct);
        Add(usage, MaxOrdersPerDayRule.RuleName, today.Count(orders), limits.MaxOrdersPerDay);
        Add(usage, MaxTurnoverPerDayRule.RuleName, today.Turnover(orders), limits.MaxTurnoverPerDayQuote);
        Add(usage, MaxOrdersPerHourRule.RuleName, hour.Count(orders), limits.MaxOrdersPerHour);
        Add(usage, MaxOrders5mRule.RuleName, fiveMinutes.Count(orders), limits.MaxOrders5m);
        Add(usage, MaxTurnover5mRule.RuleName, fiveMinutes.Turnover(orders), limits.MaxTurnover5mQuote);
        return usage;
    }

    private static void Add(List<LimitUsage> usage, string rule, decimal used, decimal limit)
    {
        if (limit > 0)
        {
            usage.Add(new LimitUsage(rule, used, limit));
        }
    }
}
