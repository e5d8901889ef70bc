using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>The filter over the shared BTC/USDT 1m candles (Apr–May 2021, with two exchange gaps).</summary>
public sealed class TrendRealDataTests
{
    private static readonly TrendWeights Active = new(0m, 0.5m, 0.3m, 0.2m, 0m);

    [Fact]
    public void Scores_stay_within_minus_one_and_one()
    {
        var filter = new TrendFilter(Timeframe.M1, new TrendWeights(0.1m, 0.4m, 0.3m, 0.1m, 0.1m));

        foreach (var candle in TrendCandles.BtcMinutes)
        {
            var verdict = filter.OnCandle(candle);
            Assert.InRange(verdict.Score, -1d, 1d);
            foreach (var timeframe in (Timeframe[])[Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1, Timeframe.W1])
            {
                var score = filter.ComponentScore(timeframe);
                Assert.True(double.IsNaN(score) || score is >= -1d and <= 1d, $"{timeframe} score {score} at {candle.OpenTime:O}");
            }
        }
    }

    [Fact]
    public void Allows_and_denies_entries_over_seven_weeks()
    {
        var verdicts = new TrendFilter(Timeframe.M1, Active).FeedAll(TrendCandles.BtcMinutes);

        Assert.Contains(verdicts, v => v.AllowsEntry);
        Assert.Contains(verdicts, v => v.Reason == TrendFilter.DisagreesReason);
        Assert.Equal("warming up 1h", verdicts[0].Reason);
    }

    [Fact]
    public void The_exchange_gaps_make_the_hourly_trend_stale()
    {
        var candles = TrendCandles.BtcMinutes;
        var verdicts = new TrendFilter(Timeframe.M1, Active).FeedAll(candles);

        // The file misses 2021-04-20 02:00–04:29 and 2021-04-25 04:01–08:44 (UTC).
        var staleDays = verdicts.Select((v, i) => (v, i)).Where(x => x.v.Stale).Select(x => candles[x.i].OpenTime.Date).Distinct();
        Assert.Equal([new DateTime(2021, 4, 20), new DateTime(2021, 4, 25)], staleDays);
        var afterFirstGap = Array.FindIndex(candles, c => c.OpenTime == new DateTimeOffset(2021, 4, 20, 4, 30, 0, TimeSpan.Zero));
        Assert.Equal("stale 1h data", verdicts[afterFirstGap].Reason);
        Assert.False(verdicts[afterFirstGap].AllowsEntry);
    }

    [Fact]
    public void The_hourly_trend_matches_an_independent_computation_on_native_1h_candles()
    {
        var minutes = TrendCandles.BtcMinutes;
        var settings = TrendFilterSettings.Default;
        var filter = new TrendFilter(Timeframe.M1, TrendFilterTests.HourOnly, settings);
        var fromMinutes = new List<double>();
        foreach (var candle in minutes)
        {
            var before = filter.ClosedCandles(Timeframe.H1);
            filter.OnCandle(candle);
            if (filter.ClosedCandles(Timeframe.H1) > before)
            {
                fromMinutes.Add(filter.ComponentScore(Timeframe.H1));
            }
        }

        // The native hours over the overlap are exactly the hours the 1m file has candles in (its last, unclosed hour aside).
        var first = minutes[0].OpenTime;
        var lastClosed = Timeframe.H1.BucketStart(minutes[^1].OpenTime);
        var native = TrendCandles.BtcHours.Where(c => c.OpenTime >= first && c.OpenTime < lastClosed).ToArray();
        var minuteHours = minutes.Select(c => Timeframe.H1.BucketStart(c.OpenTime)).Distinct().Where(h => h < lastClosed);
        Assert.Equal(minuteHours, native.Select(c => c.OpenTime));
        Assert.Equal(native.Length, fromMinutes.Count);

        // Both series are seeded at the same hour. Where the 1m file has a gap inside an hour, that hour's
        // high/low differ from the native candle, so the ATRs (hence the scores) part a little and converge again.
        var reference = ReferenceTrend.Scores(native, settings.EmaPeriod, settings.AtrPeriod, settings.AtrMultiple);
        var resampled = CandleResampler.Resample(minutes, Timeframe.M1, Timeframe.H1);
        var lastDifferent = -1_000;
        var compared = 0;
        for (var i = 0; i < native.Length; i++)
        {
            if (resampled[i].High != native[i].High || resampled[i].Low != native[i].Low)
            {
                lastDifferent = i;
            }

            if (double.IsNaN(reference[i]))
            {
                Assert.True(double.IsNaN(fromMinutes[i]));
                continue;
            }

            var tolerance = i - lastDifferent > 300 ? 1e-9 : 0.1;
            Assert.True(Math.Abs(reference[i] - fromMinutes[i]) <= tolerance, $"hour {native[i].OpenTime:O}: {fromMinutes[i]} vs {reference[i]}");
            compared += tolerance == 1e-9 ? 1 : 0;
        }

        Assert.True(compared > 700, $"only {compared} hours compared to 1e-9");
    }
}
