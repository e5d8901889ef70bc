using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>A verdict at time T depends on nothing after T, and on no higher-timeframe candle still forming at T.</summary>
public sealed class TrendNoLookaheadTests
{
    private static readonly TrendWeights Active = new(0m, 0.5m, 0.3m, 0.2m, 0m);

    [Fact]
    public void The_forming_hour_does_not_move_the_score()
    {
        const int Closed = 8 * 60;
        var calm = TrendCandles.Minutes(Closed + 60, TrendCandles.Rising);
        var wild = calm.Select((c, i) => i < Closed ? c : c.Scaled(i % 2 == 0 ? 2m : 0.5m)).ToArray();

        var calmVerdicts = new TrendFilter(Timeframe.M1, TrendFilterTests.HourOnly, TrendFilterTests.Short).FeedAll(calm);
        var wildVerdicts = new TrendFilter(Timeframe.M1, TrendFilterTests.HourOnly, TrendFilterTests.Short).FeedAll(wild);

        var beforeTheHour = calmVerdicts[Closed - 1];
        for (var i = Closed; i < Closed + 59; i++)
        {
            Assert.Equal(beforeTheHour, calmVerdicts[i]);
            Assert.Equal(beforeTheHour, wildVerdicts[i]);
        }

        // Once the hour has closed it counts.
        Assert.NotEqual(calmVerdicts[^1].Score, wildVerdicts[^1].Score);
    }

    [Theory]
    [InlineData("1h")]
    [InlineData("4h")]
    [InlineData("1d")]
    public void Changing_the_forming_bucket_on_real_candles_does_not_change_the_verdict_at_T(string code)
    {
        var timeframe = Timeframe.Parse(code);
        var weights = new TrendWeights(0m, code == "1h" ? 1m : 0m, code == "4h" ? 1m : 0m, code == "1d" ? 1m : 0m, 0m);
        var candles = TrendCandles.BtcMinutes;
        const int T = 40_000 + 37;
        var bucketStart = timeframe.BucketStart(candles[T].OpenTime);
        var bucketEnd = bucketStart + timeframe.Duration;
        Assert.True(candles[T].OpenTime.AddMinutes(1) < bucketEnd, "T must be inside a forming bucket");
        // Every candle of the bucket forming at T is changed: the ones before T as well as the ones after.
        var changed = candles.Select(c => c.OpenTime >= bucketStart && c.OpenTime < bucketEnd ? c.Scaled(0.7m) : c).ToArray();

        var original = new TrendFilter(Timeframe.M1, weights).FeedAll(candles);
        var perturbed = new TrendFilter(Timeframe.M1, weights).FeedAll(changed);

        Assert.False(double.IsNaN(original[T].Score));
        Assert.Equal(original[T], perturbed[T]);
        // Once the bucket has closed the change counts: the test changed something that matters.
        var closedAt = Array.FindIndex(candles, c => c.OpenTime >= bucketEnd);
        Assert.NotEqual(original[closedAt].Score, perturbed[closedAt].Score);
    }

    [Fact]
    public void Changing_candles_after_T_changes_no_verdict_at_or_before_T()
    {
        var candles = TrendCandles.BtcMinutes;
        var t = 50_000 + 11;
        var random = new Random(7);
        var future = candles.Select((c, i) => i <= t ? c : c.Scaled(0.5m + ((decimal)random.NextDouble()))).ToArray();

        var original = new TrendFilter(Timeframe.M1, Active).FeedAll(candles);
        var changed = new TrendFilter(Timeframe.M1, Active).FeedAll(future);

        Assert.Equal(original[..(t + 1)], changed[..(t + 1)]);
        Assert.NotEqual(original[(t + 1)..], changed[(t + 1)..]);
    }
}
