using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

public sealed class TrendStalenessTests
{
    private static readonly DateTimeOffset SixOClock = TrendCandles.Start.AddHours(6);

    private static TrendFilter HourFilter(out TrendVerdict last)
    {
        var filter = new TrendFilter(Timeframe.M1, TrendFilterTests.HourOnly, TrendFilterTests.Short);
        // 00:00 to 05:59: six closed hours, the last one closing at 06:00.
        last = filter.FeedAll(TrendCandles.Minutes(6 * 60, TrendCandles.Rising))[^1];
        return filter;
    }

    [Fact]
    public void A_gap_of_more_than_two_hours_makes_the_hourly_trend_stale_until_an_hour_closes()
    {
        var filter = HourFilter(out var before);
        var after = TrendCandles.Minutes(60, TrendCandles.Rising, offsetMinutes: 9 * 60);

        var verdicts = filter.FeedAll(after);

        Assert.True(before.AllowsEntry);
        Assert.All(verdicts[..^1], v =>
        {
            Assert.True(v.Stale);
            Assert.False(v.AllowsEntry);
            Assert.Equal("stale 1h data", v.Reason);
        });
        Assert.Same(verdicts[0].Reason, verdicts[1].Reason);
        Assert.False(verdicts[^1].Stale);
        Assert.True(verdicts[^1].AllowsEntry);
    }

    [Fact]
    public void One_missing_hour_is_not_stale()
    {
        var filter = HourFilter(out _);

        var verdict = filter.OnCandle(TrendCandles.Minutes(1, TrendCandles.Rising, offsetMinutes: 7 * 60)[0]);

        Assert.False(verdict.Stale);
        Assert.True(verdict.AllowsEntry);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(7_200_000, false)]
    [InlineData(7_200_001, true)]
    [InlineData(86_400_000, true)]
    public void Stale_once_the_last_close_is_more_than_two_periods_old(long millisecondsAfterLastClose, bool stale)
    {
        var filter = HourFilter(out _);

        var verdict = filter.Evaluate(SixOClock.AddMilliseconds(millisecondsAfterLastClose));

        Assert.Equal(stale, verdict.Stale);
        Assert.Equal(!stale, verdict.AllowsEntry);
    }

    [Fact]
    public void Staleness_is_reported_before_warm_up()
    {
        var filter = new TrendFilter(Timeframe.M1, TrendWeights.Default, TrendFilterTests.Short);
        filter.FeedAll(TrendCandles.Minutes(6 * 60, TrendCandles.Rising));

        var verdict = filter.Evaluate(SixOClock.AddHours(3));

        Assert.Equal("stale 1h data", verdict.Reason);
    }
}
