using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>Seeding higher timeframes with native closed candles, as a live start does.</summary>
public sealed class TrendHistoryTests
{
    private static readonly TrendWeights WeekOnly = new(0m, 0m, 0m, 0m, 1m);

    private static Candle[] Weeks(int count) =>
        TrendCandles.Series(TrendCandles.Start.AddDays(-7 * count), TimeSpan.FromDays(7), count, i => 30_000m + (1_000m * i));

    [Fact]
    public void Native_history_warms_a_timeframe_up()
    {
        var filter = new TrendFilter(Timeframe.M1, WeekOnly, TrendFilterTests.Short);

        Assert.All(Weeks(5), w => Assert.True(filter.AddClosed(Timeframe.W1, w)));
        var verdict = filter.Evaluate(TrendCandles.Start.AddMinutes(1));

        Assert.Equal(5, filter.ClosedCandles(Timeframe.W1));
        Assert.True(verdict.AllowsEntry);
        Assert.True(verdict.Score > 0.5);
    }

    [Fact]
    public void Overlapping_history_and_input_are_taken_once()
    {
        var filter = new TrendFilter(Timeframe.M1, TrendFilterTests.HourOnly, TrendFilterTests.Short);
        var minutes = TrendCandles.Minutes(3 * 60, TrendCandles.Rising);
        var hours = CandleResampler.Resample(minutes, Timeframe.M1, Timeframe.H1);
        foreach (var hour in hours.Take(2))
        {
            filter.AddClosed(Timeframe.H1, hour);
        }

        Assert.False(filter.AddClosed(Timeframe.H1, hours[0]));
        filter.FeedAll(minutes);

        Assert.Equal(3, filter.ClosedCandles(Timeframe.H1));
    }

    [Fact]
    public void History_of_an_untracked_timeframe_is_ignored()
    {
        var filter = new TrendFilter(Timeframe.M1, WeekOnly, TrendFilterTests.Short);

        Assert.False(filter.AddClosed(Timeframe.H1, TrendCandles.Minutes(1, TrendCandles.Rising)[0]));
    }

    [Fact]
    public void Refuses_history_not_aligned_to_its_timeframe()
    {
        var filter = new TrendFilter(Timeframe.M1, WeekOnly, TrendFilterTests.Short);
        var tuesday = Weeks(1)[0] with { OpenTime = TrendCandles.Start.AddDays(1) };

        Assert.Throws<ArgumentException>(() => filter.AddClosed(Timeframe.W1, tuesday));
    }

    [Fact]
    public void A_weekly_trend_goes_stale_two_weeks_after_its_last_close()
    {
        var filter = new TrendFilter(Timeframe.M1, WeekOnly, TrendFilterTests.Short);
        foreach (var week in Weeks(5))
        {
            filter.AddClosed(Timeframe.W1, week);
        }

        var lastClose = TrendCandles.Start;
        var fresh = filter.Evaluate(lastClose.AddDays(14));
        var stale = filter.Evaluate(lastClose.AddDays(14).AddTicks(1));

        Assert.False(fresh.Stale);
        Assert.True(stale.Stale);
        Assert.False(stale.AllowsEntry);
        Assert.Equal("stale 1w data", stale.Reason);
    }
}
