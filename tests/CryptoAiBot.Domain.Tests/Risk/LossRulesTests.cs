using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>Boundaries of the rules that stop buying after losses: loss streak, drawdown, daily loss.</summary>
public sealed class LossRulesTests
{
    public static TheoryData<decimal[], bool> LossStreaksAgainstLimitOfThree => new()
    {
        { [-1m, -2m, -3m], true },
        { [-1m, -2m], false },
        { [-1m, -2m, -3m, -4m], true },
        { [7m, -1m, -2m, -3m], true },
        { [-1m, -2m, -3m, 5m], false },
        { [-1m, -2m, -3m, 0m], false },
        { [-1m, 0m, -2m, -3m], false },
        { [], false },
    };

    public static TheoryData<decimal, decimal, bool> EquityAndPeakAgainstTenPercent => new()
    {
        { 900m, 1000m, true },
        { 900.01m, 1000m, false },
        { 500m, 1000m, true },
        { 1000m, 1000m, false },
        { 1200m, 1000m, false },
        { -5m, 0m, false },
    };

    public static TheoryData<decimal, bool> RealizedPnlTodayAgainstLimitOfHundred => new()
    {
        { -100m, true },
        { -99.99m, false },
        { -250m, true },
        { 0m, false },
        { 300m, false },
    };

    [Theory]
    [MemberData(nameof(LossStreaksAgainstLimitOfThree))]
    public void Denies_buy_when_trailing_loss_streak_reaches_limit(decimal[] pnls, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithClosedTrades(pnls).Build();

        var violation = Check(new LossStreakRule(), snapshot, new RiskLimits { LossStreakMax = 3 });

        Assert.Equal(denied, violation is not null);
    }

    [Theory]
    [MemberData(nameof(EquityAndPeakAgainstTenPercent))]
    public void Denies_buy_when_drawdown_from_peak_reaches_limit(decimal equity, decimal peak, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithEquity(equity, peak).Build();

        var violation = Check(new MaxDrawdownRule(), snapshot, new RiskLimits { MaxDrawdownPct = 10m });

        Assert.Equal(denied, violation is not null);
    }

    [Fact]
    public void Reports_fractional_drawdown_with_its_digits()
    {
        var snapshot = new RiskSnapshotBuilder().WithEquity(666.66m, 1000m).Build();

        var violation = Check(new MaxDrawdownRule(), snapshot, new RiskLimits { MaxDrawdownPct = 25m });

        Assert.StartsWith("drawdown of 33.334% (equity 666.66 USDT", violation?.Reason);
    }

    [Theory]
    [MemberData(nameof(RealizedPnlTodayAgainstLimitOfHundred))]
    public void Denies_buy_when_daily_loss_reaches_limit(decimal realizedPnlToday, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithRealizedPnlToday(realizedPnlToday).Build();

        var violation = Check(new DailyLossRule(), snapshot, new RiskLimits { DailyLossLimitQuote = 100m });

        Assert.Equal(denied, violation is not null);
    }
}
