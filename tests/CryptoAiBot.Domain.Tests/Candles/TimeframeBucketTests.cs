using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Tests.Candles;

/// <summary>Periods are UTC-aligned; weeks start on Monday 00:00 UTC although the Unix epoch was a Thursday.</summary>
public sealed class TimeframeBucketTests
{
    public static TheoryData<string, string, string> Buckets => new()
    {
        { "1m", "2024-03-05T10:37:59.999Z", "2024-03-05T10:37:00Z" },
        { "5m", "2024-03-05T10:37:00Z", "2024-03-05T10:35:00Z" },
        { "15m", "2024-03-05T10:45:00Z", "2024-03-05T10:45:00Z" },
        { "30m", "2024-03-05T10:29:00Z", "2024-03-05T10:00:00Z" },
        { "1h", "2024-03-05T10:37:00Z", "2024-03-05T10:00:00Z" },
        { "4h", "2024-03-05T03:59:00Z", "2024-03-05T00:00:00Z" },
        { "4h", "2024-03-05T23:00:00Z", "2024-03-05T20:00:00Z" },
        { "1d", "2024-02-29T23:59:00Z", "2024-02-29T00:00:00Z" },
        { "1w", "1970-01-01T00:00:00Z", "1969-12-29T00:00:00Z" },
        { "1w", "1970-01-05T00:00:00Z", "1970-01-05T00:00:00Z" },
        { "1w", "2024-03-10T23:59:00Z", "2024-03-04T00:00:00Z" },
        { "1w", "2024-03-11T00:00:00Z", "2024-03-11T00:00:00Z" },
        { "1w", "2025-01-01T12:00:00Z", "2024-12-30T00:00:00Z" },
        { "1d", "1969-12-31T13:00:00Z", "1969-12-31T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Buckets))]
    public void Bucket_start_is_the_utc_aligned_period_start(string timeframe, string time, string expected)
    {
        var start = Timeframe.Parse(timeframe).BucketStart(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Fact]
    public void Every_weekly_bucket_starts_on_a_monday()
    {
        var time = new DateTimeOffset(2017, 8, 17, 4, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5_000; i++, time = time.AddHours(17))
        {
            var start = Timeframe.W1.BucketStart(time);
            Assert.Equal(DayOfWeek.Monday, start.DayOfWeek);
            Assert.Equal(TimeSpan.Zero, start.TimeOfDay);
            Assert.InRange(time - start, TimeSpan.Zero, TimeSpan.FromDays(7) - TimeSpan.FromTicks(1));
        }
    }

    [Fact]
    public void The_offset_of_the_input_does_not_change_the_bucket()
    {
        // 2024-03-31 is the European switch to summer time; offsets are just other spellings of the same instant.
        var utc = new DateTimeOffset(2024, 3, 31, 0, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 0, 0, 0, TimeSpan.Zero), Timeframe.H1.BucketStart(utc.ToOffset(TimeSpan.FromHours(2))));
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 0, 0, 0, TimeSpan.Zero), Timeframe.D1.BucketStart(utc.ToOffset(TimeSpan.FromHours(-5))));
        Assert.True(Timeframe.M15.IsAligned(new DateTimeOffset(2024, 3, 31, 3, 45, 0, TimeSpan.FromHours(2))));
    }

    [Theory]
    [InlineData("1m", "1w", true, 10_080)]
    [InlineData("5m", "15m", true, 3)]
    [InlineData("15m", "4h", true, 16)]
    [InlineData("4h", "1w", true, 42)]
    [InlineData("1d", "1w", true, 7)]
    [InlineData("1h", "1h", true, 1)]
    [InlineData("15m", "5m", false, 0)]
    [InlineData("1w", "1d", false, 0)]
    [InlineData("30m", "15m", false, 0)]
    public void Divides_when_the_larger_period_is_made_of_whole_smaller_periods(string smaller, string larger, bool divides, int count)
    {
        var (s, l) = (Timeframe.Parse(smaller), Timeframe.Parse(larger));

        Assert.Equal(divides, s.Divides(l));
        if (divides)
        {
            Assert.Equal(count, s.CountIn(l));
        }
        else
        {
            Assert.Throws<ArgumentException>(() => s.CountIn(l));
        }
    }

    [Fact]
    public void A_custom_period_that_does_not_fit_does_not_divide()
    {
        var sevenMinutes = new Timeframe("7m", TimeSpan.FromMinutes(7));
        var threeDays = new Timeframe("3d", TimeSpan.FromDays(3));

        Assert.False(sevenMinutes.Divides(Timeframe.H1));
        Assert.False(threeDays.Divides(Timeframe.W1));
        Assert.True(Timeframe.D1.Divides(threeDays));
    }

    [Fact]
    public void A_default_timeframe_has_no_buckets()
    {
        Assert.Throws<InvalidOperationException>(() => default(Timeframe).BucketStart(DateTimeOffset.UnixEpoch));
        Assert.False(default(Timeframe).Divides(Timeframe.H1));
    }
}
