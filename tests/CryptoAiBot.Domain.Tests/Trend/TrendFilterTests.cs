using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

public sealed class TrendFilterTests
{
    internal static readonly TrendFilterSettings Short = new() { EmaPeriod = 5, AtrPeriod = 5 };
    internal static readonly TrendWeights HourOnly = new(0m, 1m, 0m, 0m, 0m);

    [Fact]
    public void Allows_entries_when_the_hourly_trend_is_up()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short);

        var last = filter.FeedAll(TrendCandles.Minutes(10 * 60, TrendCandles.Rising))[^1];

        Assert.True(last.AllowsEntry);
        Assert.False(last.Stale);
        Assert.Equal(TrendFilter.AgreesReason, last.Reason);
        Assert.InRange(last.Score, 0.5, 1d);
        Assert.Equal(last.Score, filter.ComponentScore(Timeframe.H1));
    }

    [Fact]
    public void Denies_entries_when_the_hourly_trend_is_down()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short);

        var last = filter.FeedAll(TrendCandles.Minutes(10 * 60, TrendCandles.Falling))[^1];

        Assert.False(last.AllowsEntry);
        Assert.False(last.Stale);
        Assert.Equal(TrendFilter.DisagreesReason, last.Reason);
        Assert.InRange(last.Score, -1d, -0.5);
    }

    [Fact]
    public void Denies_entries_until_the_hourly_trend_has_warmed_up()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short);
        var candles = TrendCandles.Minutes(5 * 60, TrendCandles.Rising);

        var verdicts = filter.FeedAll(candles[..^1]);

        Assert.All(verdicts, v => Assert.False(v.AllowsEntry));
        Assert.All(verdicts, v => Assert.Equal("warming up 1h", v.Reason));
        Assert.Equal(4, filter.ClosedCandles(Timeframe.H1));
        Assert.True(double.IsNaN(filter.ComponentScore(Timeframe.H1)));

        var ready = filter.OnCandle(candles[^1]);

        Assert.Equal(5, filter.ClosedCandles(Timeframe.H1));
        Assert.True(ready.AllowsEntry);
    }

    [Fact]
    public void A_higher_timeframe_candle_closes_with_its_last_input_period()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short);
        var candles = TrendCandles.Minutes(60, TrendCandles.Rising);

        filter.FeedAll(candles[..59]);
        Assert.Equal(0, filter.ClosedCandles(Timeframe.H1));

        filter.OnCandle(candles[59]);
        Assert.Equal(1, filter.ClosedCandles(Timeframe.H1));
    }

    [Fact]
    public void Timeframes_with_zero_weight_are_not_tracked()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short);

        var last = filter.FeedAll(TrendCandles.Minutes(10 * 60, TrendCandles.Rising))[^1];

        Assert.True(filter.Tracks(Timeframe.H1));
        Assert.All([Timeframe.M15, Timeframe.H4, Timeframe.D1, Timeframe.W1], tf => Assert.False(filter.Tracks(tf)));
        Assert.True(double.IsNaN(filter.ComponentScore(Timeframe.W1)));
        Assert.True(last.AllowsEntry);
    }

    [Fact]
    public void Waits_for_every_weighted_timeframe_to_warm_up()
    {
        var filter = new TrendFilter(Timeframe.M1, TrendWeights.Default, Short);

        var last = filter.FeedAll(TrendCandles.Minutes(10 * 60, TrendCandles.Rising))[^1];

        Assert.False(filter.Tracks(Timeframe.M15));
        Assert.False(last.AllowsEntry);
        Assert.Equal("warming up 4h", last.Reason);
        // Only the warm 1h trend counts in the score meanwhile.
        Assert.Equal(0.4 * filter.ComponentScore(Timeframe.H1), last.Score, 15);
    }

    [Fact]
    public void Builds_the_15_minute_trend_from_1_minute_candles()
    {
        var filter = new TrendFilter(Timeframe.M1, new TrendWeights(1m, 0m, 0m, 0m, 0m), Short);

        filter.FeedAll(TrendCandles.Minutes(60, TrendCandles.Rising));

        Assert.Equal(4, filter.ClosedCandles(Timeframe.M15));
    }

    [Fact]
    public void Takes_each_input_at_once_when_it_is_the_weighted_timeframe()
    {
        var filter = new TrendFilter(Timeframe.M15, new TrendWeights(1m, 0m, 0m, 0m, 0m), Short);
        var candles = TrendCandles.Series(TrendCandles.Start, TimeSpan.FromMinutes(15), 5, i => 100m + i);

        var verdicts = filter.FeedAll(candles);

        Assert.Equal(5, filter.ClosedCandles(Timeframe.M15));
        Assert.False(verdicts[3].AllowsEntry);
        Assert.True(verdicts[4].AllowsEntry);
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_the_timeframe_scores()
    {
        var filter = new TrendFilter(Timeframe.M1, new TrendWeights(0.25m, 0.75m, 0m, 0m, 0m), Short);

        var last = filter.FeedAll(TrendCandles.Minutes(10 * 60, i => 1_000m + (i % 90) - (i * 0.05m)))[^1];

        var expected = (0.25 * filter.ComponentScore(Timeframe.M15)) + (0.75 * filter.ComponentScore(Timeframe.H1));
        Assert.Equal(expected, last.Score, 15);
    }

    [Fact]
    public void Denies_entries_below_the_threshold()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short with { EntryThreshold = 0.99 });

        var last = filter.FeedAll(TrendCandles.Minutes(10 * 60, TrendCandles.Rising))[^1];

        Assert.True(last.Score > 0);
        Assert.False(last.AllowsEntry);
        Assert.Equal(TrendFilter.DisagreesReason, last.Reason);
    }
}
