using CryptoAiBot.Domain.Risk;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>Limit usage is measured as the rules measure it: same windows, same snapshot; a disabled limit has none.</summary>
public sealed class RiskLimitUsageTests
{
    private static readonly DateTimeOffset Now = RiskTestData.Now;

    [Fact]
    public void Each_enabled_limit_reports_what_its_rule_counts_in_its_own_window()
    {
        var snapshot = new RiskSnapshotBuilder()
            .WithOrder(RiskTestData.UtcDayStart.AddSeconds(-1), 1_000m) // yesterday: in no window of today
            .WithOrder(RiskTestData.UtcDayStart, 40m) // today, start inclusive
            .WithOrder(Now.AddMinutes(-30), 20m) // today and the last hour
            .WithOrder(Now.AddMinutes(-2), 10m) // every window
            .WithRealizedPnlToday(-30m)
            .WithEquity(900m, 1_000m)
            .Build();
        var limits = new RiskLimits
        {
            DailyLossLimitQuote = 60m,
            MaxDrawdownPct = 20m,
            MaxOrdersPerDay = 6,
            MaxTurnoverPerDayQuote = 140m,
            MaxOrdersPerHour = 4,
            MaxOrders5m = 2,
            MaxTurnover5mQuote = 40m,
        };

        var usage = RiskLimitUsage.Of(snapshot, limits, Now).ToDictionary(u => u.Rule);

        Assert.Equal((30m, 0.5), (usage["daily_loss"].Used, usage["daily_loss"].Ratio));
        Assert.Equal((10m, 0.5), (usage["max_drawdown"].Used, usage["max_drawdown"].Ratio));
        Assert.Equal((3m, 0.5), (usage["max_orders_per_day"].Used, usage["max_orders_per_day"].Ratio));
        Assert.Equal((70m, 0.5), (usage["max_turnover_per_day"].Used, usage["max_turnover_per_day"].Ratio));
        Assert.Equal((2m, 0.5), (usage["max_orders_per_hour"].Used, usage["max_orders_per_hour"].Ratio));
        Assert.Equal((1m, 0.5), (usage["max_orders_5m"].Used, usage["max_orders_5m"].Ratio));
        Assert.Equal((10m, 0.25), (usage["max_turnover_5m"].Used, usage["max_turnover_5m"].Ratio));
    }

    [Fact]
    public void A_disabled_limit_has_no_usage_and_a_profit_is_no_loss()
    {
        var snapshot = new RiskSnapshotBuilder().WithRealizedPnlToday(25m).WithOrders(3, Now).Build();

        var usage = RiskLimitUsage.Of(snapshot, new RiskLimits { DailyLossLimitQuote = 50m }, Now);

        Assert.Equal(new LimitUsage("daily_loss", 0m, 50m), Assert.Single(usage));
        Assert.Empty(RiskLimitUsage.Of(snapshot, RiskLimits.None, Now));
    }

    [Fact]
    public void Usage_of_one_reaches_the_point_where_the_rule_denies_the_next_buy()
    {
        var snapshot = new RiskSnapshotBuilder().WithOrders(2, Now.AddMinutes(-1)).Build();
        var limits = new RiskLimits { MaxOrders5m = 2 };

        var usage = Assert.Single(RiskLimitUsage.Of(snapshot, limits, Now));
        var decision = new RiskManager().Evaluate(RiskTestData.Buy(), snapshot, limits, Now);

        Assert.Equal(1d, usage.Ratio);
        Assert.Contains(decision.Reasons, r => r.Rule == usage.Rule);
    }
}
