using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>
/// Boundaries of the order count rules: rolling 5 minutes and 1 hour <c>(now − window, now]</c>, and
/// the UTC calendar day of <c>now</c>. Every symbol and both sides count.
/// </summary>
public sealed class OrderCountRulesTests
{
    private static readonly RiskLimits ThreeEach = new() { MaxOrders5m = 3, MaxOrdersPerHour = 3, MaxOrdersPerDay = 3 };

    public static TheoryData<int, bool> OrderCountsAgainstLimitOfThree => new()
    {
        { 3, true },
        { 2, false },
        { 4, true },
        { 0, false },
    };

    public static TheoryData<TimeSpan, bool> AgesInFiveMinuteWindow => new()
    {
        { TimeSpan.FromMinutes(5), false },
        { TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1), true },
        { TimeSpan.Zero, true },
        { TimeSpan.FromSeconds(-2), true },
    };

    public static TheoryData<TimeSpan, bool> AgesInOneHourWindow => new()
    {
        { TimeSpan.FromHours(1), false },
        { TimeSpan.FromHours(1) - TimeSpan.FromTicks(1), true },
        { TimeSpan.FromMinutes(6), true },
    };

    public static TheoryData<DateTimeOffset, bool> TimesAgainstTheUtcDay => new()
    {
        { UtcDayStart, true },
        { UtcDayStart.AddTicks(-1), false },
        { Now.AddSeconds(-1), true },
        // 01:30 on the 10th in UTC+3 is 22:30 UTC on the 9th: yesterday.
        { new DateTimeOffset(2025, 3, 10, 1, 30, 0, TimeSpan.FromHours(3)), false },
    };

    [Theory]
    [MemberData(nameof(OrderCountsAgainstLimitOfThree))]
    public void Denies_buy_when_orders_in_last_5_minutes_reach_limit(int count, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrders(count, Now.AddMinutes(-1)).Build();

        Assert.Equal(denied, Check(new MaxOrders5mRule(), snapshot, ThreeEach) is not null);
    }

    [Theory]
    [MemberData(nameof(OrderCountsAgainstLimitOfThree))]
    public void Denies_buy_when_orders_in_last_hour_reach_limit(int count, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrders(count, Now.AddMinutes(-50)).Build();

        Assert.Equal(denied, Check(new MaxOrdersPerHourRule(), snapshot, ThreeEach) is not null);
    }

    [Theory]
    [MemberData(nameof(OrderCountsAgainstLimitOfThree))]
    public void Denies_buy_when_orders_today_reach_limit(int count, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrders(count, UtcDayStart.AddHours(1)).Build();

        Assert.Equal(denied, Check(new MaxOrdersPerDayRule(), snapshot, ThreeEach) is not null);
    }

    [Theory]
    [MemberData(nameof(AgesInFiveMinuteWindow))]
    public void Counts_an_order_only_while_it_is_inside_the_5_minute_window(TimeSpan age, bool counted)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(Now - age).Build();

        var violation = Check(new MaxOrders5mRule(), snapshot, new RiskLimits { MaxOrders5m = 1 });

        Assert.Equal(counted, violation is not null);
    }

    [Theory]
    [MemberData(nameof(AgesInOneHourWindow))]
    public void Counts_an_order_only_while_it_is_inside_the_hour_window(TimeSpan age, bool counted)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(Now - age).Build();

        var violation = Check(new MaxOrdersPerHourRule(), snapshot, new RiskLimits { MaxOrdersPerHour = 1 });

        Assert.Equal(counted, violation is not null);
    }

    [Theory]
    [MemberData(nameof(TimesAgainstTheUtcDay))]
    public void Counts_an_order_only_when_placed_in_the_current_utc_day(DateTimeOffset time, bool counted)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(time).Build();

        var violation = Check(new MaxOrdersPerDayRule(), snapshot, new RiskLimits { MaxOrdersPerDay = 1 });

        Assert.Equal(counted, violation is not null);
    }

    [Fact]
    public void Uses_the_utc_day_of_now_when_now_carries_an_offset()
    {
        // 01:00 on the 10th in UTC+3 is 22:00 UTC on the 9th, so 21:30 UTC on the 9th is "today".
        var now = new DateTimeOffset(2025, 3, 10, 1, 0, 0, TimeSpan.FromHours(3));
        var snapshot = new RiskSnapshotBuilder().WithOrder(new DateTimeOffset(2025, 3, 9, 21, 30, 0, TimeSpan.Zero)).Build();

        var violation = Check(new MaxOrdersPerDayRule(), snapshot, new RiskLimits { MaxOrdersPerDay = 1 }, now: now);

        Assert.NotNull(violation);
    }

    [Fact]
    public void Counts_orders_of_every_symbol_and_both_sides()
    {
        var snapshot = new RiskSnapshotBuilder()
            .WithOrder(Now.AddMinutes(-1), symbol: Eth, side: OrderSide.Sell)
            .WithOrder(Now.AddMinutes(-2), symbol: Sol)
            .WithOrder(Now.AddMinutes(-3), side: OrderSide.Sell)
            .Build();

        var violation = Check(new MaxOrders5mRule(), snapshot, ThreeEach);

        Assert.Equal("3 orders in the last 5 minutes reached the limit of 3", violation?.Reason);
    }
}
