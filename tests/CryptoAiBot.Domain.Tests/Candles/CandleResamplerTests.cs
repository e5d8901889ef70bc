using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Tests.Candles;

/// <summary>Hand-made series: aggregation, partial buckets, gaps, week boundaries, offsets, bad input.</summary>
public sealed class CandleResamplerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);

    private static Candle C(DateTimeOffset time, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        new(time, open, high, low, close, volume);

    private static Candle At(DateTimeOffset time, decimal price = 100m, decimal volume = 1m) =>
        new(time, price, price + 1, price - 1, price, volume);

    [Fact]
    public void Aggregates_a_full_bucket_and_emits_it_when_the_next_bucket_starts()
    {
        var resampler = new CandleResampler(Timeframe.M15, Timeframe.H1);
        Candle[] inputs =
        [
            C(T0, 10, 12, 9, 11, 1.5m),
            C(T0.AddMinutes(15), 11, 15, 10, 14, 2m),
            C(T0.AddMinutes(30), 14, 14, 7, 8, 0.25m),
            C(T0.AddMinutes(45), 8, 9, 8, 9, 0m),
        ];

        foreach (var input in inputs)
        {
            Assert.False(resampler.TryAdd(input, out _));
        }

        Assert.True(resampler.IsFormingClosed);
        Assert.True(resampler.TryAddResampled(At(T0.AddHours(1)), out var closed));
        Assert.Equal(C(T0, 10, 15, 7, 9, 3.75m), closed.Candle);
        Assert.Equal((4, 4, true, false), (closed.Count, closed.ExpectedCount, closed.IsClosed, closed.HasGaps));
    }

    [Fact]
    public void A_bucket_with_missing_inputs_still_yields_a_candle_and_says_how_many_inputs_it_had()
    {
        var candles = new[] { At(T0.AddMinutes(5), 100, 2), At(T0.AddMinutes(50), 110, 3), At(T0.AddHours(1), 120) };

        var result = CandleResampler.ResampleDetailed(candles, Timeframe.M5, Timeframe.H1);

        Assert.Equal(2, result.Count);
        Assert.Equal(new Candle(T0, 100, 111, 99, 110, 5), result[0].Candle);
        Assert.Equal((2, 12, 10, true, true), (result[0].Count, result[0].ExpectedCount, result[0].MissingCount, result[0].HasGaps, result[0].IsClosed));
        Assert.Equal((1, false), (result[1].Count, result[1].IsClosed));
    }

    [Fact]
    public void A_bucket_without_any_input_yields_no_candle()
    {
        var candles = new[] { At(T0.AddMinutes(45)), At(T0.AddHours(2)), At(T0.AddHours(2).AddMinutes(15)) };

        var result = CandleResampler.Resample(candles, Timeframe.M15, Timeframe.H1);

        Assert.Equal([T0, T0.AddHours(2)], result.Select(c => c.OpenTime));
    }

    [Fact]
    public void Weekly_buckets_split_between_sunday_and_monday_utc()
    {
        var sunday = new DateTimeOffset(2024, 3, 10, 0, 0, 0, TimeSpan.Zero);
        var candles = new[]
        {
            C(sunday.AddDays(-6), 1, 5, 1, 2, 1), // Monday 2024-03-04
            C(sunday, 2, 3, 1, 3, 1),
            C(sunday.AddDays(1), 3, 4, 2, 4, 1), // Monday 2024-03-11
        };

        var weeks = CandleResampler.ResampleDetailed(candles, Timeframe.D1, Timeframe.W1);

        Assert.Equal(2, weeks.Count);
        Assert.Equal(new Candle(sunday.AddDays(-6), 1, 5, 1, 3, 2), weeks[0].Candle);
        Assert.Equal(sunday.AddDays(1), weeks[1].Candle.OpenTime);
        Assert.Equal((2, 7), (weeks[0].Count, weeks[0].ExpectedCount));
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.Candle.OpenTime.DayOfWeek));
    }

    [Fact]
    public void The_last_hour_of_sunday_and_the_first_of_monday_fall_in_different_weeks()
    {
        var monday = new DateTimeOffset(2024, 3, 11, 0, 0, 0, TimeSpan.Zero);
        var resampler = new CandleResampler(Timeframe.H1, Timeframe.W1);

        Assert.False(resampler.TryAdd(At(monday.AddHours(-1)), out _));
        Assert.True(resampler.IsFormingClosed);
        Assert.True(resampler.TryAdd(At(monday), out var sundayWeek));
        Assert.Equal(monday.AddDays(-7), sundayWeek.OpenTime);
    }

    [Fact]
    public void Offsets_and_daylight_saving_changes_of_the_input_do_not_matter()
    {
        // Hourly candles across the European summer-time switch (2024-03-31 01:00 UTC), once in UTC and once
        // spelled in local time (+01:00 before the switch, +02:00 after): the same instants, the same buckets.
        var start = new DateTimeOffset(2024, 3, 30, 20, 0, 0, TimeSpan.Zero);
        var utc = Enumerable.Range(0, 12).Select(i => At(start.AddHours(i), 100 + i)).ToList();
        var summerTime = new DateTimeOffset(2024, 3, 31, 1, 0, 0, TimeSpan.Zero);
        var local = utc.Select(c => c with { OpenTime = c.OpenTime.ToOffset(TimeSpan.FromHours(c.OpenTime < summerTime ? 1 : 2)) }).ToList();

        var fromUtc = CandleResampler.Resample(utc, Timeframe.H1, Timeframe.H4);
        var fromLocal = CandleResampler.Resample(local, Timeframe.H1, Timeframe.H4);

        Assert.Equal(fromUtc, fromLocal);
        Assert.Equal([start, start.AddHours(4), start.AddHours(8)], fromLocal.Select(c => c.OpenTime));
        Assert.All(fromLocal, c => Assert.Equal(TimeSpan.Zero, c.OpenTime.Offset));
    }

    [Fact]
    public void Out_of_order_input_throws_with_both_timestamps_and_changes_nothing()
    {
        var resampler = new CandleResampler(Timeframe.M1, Timeframe.M15);
        resampler.TryAdd(At(T0.AddMinutes(5)), out _);

        var error = Assert.Throws<ArgumentException>(() => resampler.TryAdd(At(T0.AddMinutes(3)), out _));

        Assert.Contains("2024-03-05T10:03:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-05T10:05:00", error.Message, StringComparison.Ordinal);
        Assert.False(resampler.TryAdd(At(T0.AddMinutes(6), 105), out _));
        Assert.True(resampler.TryFlushResampled(out var last));
        Assert.Equal(2, last.Count);
    }

    [Fact]
    public void Duplicate_input_throws_naming_the_timestamp()
    {
        var resampler = new CandleResampler(Timeframe.M1, Timeframe.M15);
        resampler.TryAdd(At(T0), out _);

        var error = Assert.Throws<ArgumentException>(() => resampler.TryAdd(At(T0, 101), out _));

        Assert.Contains("Duplicate", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-05T10:00:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_not_aligned_to_the_base_timeframe_throws()
    {
        var resampler = new CandleResampler(Timeframe.M5, Timeframe.H1);

        Assert.Throws<ArgumentException>(() => resampler.TryAdd(At(T0.AddMinutes(7)), out _));
    }

    [Theory]
    [InlineData("15m", "5m")]
    [InlineData("1w", "1d")]
    [InlineData("30m", "15m")]
    [InlineData("1h", "30m")]
    public void A_base_timeframe_that_does_not_divide_the_target_is_refused(string from, string to) =>
        Assert.Throws<ArgumentException>(() => new CandleResampler(Timeframe.Parse(from), Timeframe.Parse(to)));

    [Fact]
    public void Adding_candles_allocates_nothing()
    {
        var resampler = new CandleResampler(Timeframe.M1, Timeframe.H1);
        var candles = Enumerable.Range(0, 10_000).Select(i => At(T0.AddMinutes(i), 100 + (i % 7))).ToArray();
        var emitted = 0;
        for (var i = 0; i < 1_000; i++)
        {
            emitted += resampler.TryAdd(candles[i], out _) ? 1 : 0;
        }

        var allocated = AllocationProbe.Least(window =>
        {
            var (from, to) = AllocationProbe.Part(window, 1_000, candles.Length);
            for (var i = from; i < to; i++)
            {
                emitted += resampler.TryAdd(candles[i], out _) ? 1 : 0;
            }
        });

        Assert.Equal(0, allocated);
        Assert.Equal(166, emitted);
    }
}
