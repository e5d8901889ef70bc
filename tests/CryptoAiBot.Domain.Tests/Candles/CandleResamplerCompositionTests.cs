using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Tests.Candles;

/// <summary>
/// Invariants on random series with random gaps: resampling in steps equals resampling at once, no
/// input is lost or counted twice, and every output lies in its own bucket.
/// </summary>
public sealed class CandleResamplerCompositionTests
{
    private static List<Candle> RandomSeries(int seed, int count)
    {
        var random = new Random(seed);
        var time = new DateTimeOffset(2024, 2, 26, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 10_000));
        var price = 100m;
        var candles = new List<Candle>(count);
        for (var i = 0; i < count; i++)
        {
            // Mostly consecutive minutes, sometimes a gap of up to two days.
            time = time.AddMinutes(random.Next(100) < 97 ? 1 : random.Next(2, 2_880));
            var open = price;
            var close = Math.Max(1m, open + (random.Next(-50, 51) / 100m));
            var high = Math.Max(open, close) + (random.Next(0, 20) / 100m);
            var low = Math.Min(open, close) - (random.Next(0, 20) / 100m);
            candles.Add(new Candle(time, open, high, low, close, random.Next(0, 1_000_000) / 1_000m));
            price = close;
        }

        return candles;
    }

    [Theory]
    [InlineData(1, "15m", "1h")]
    [InlineData(2, "1h", "4h")]
    [InlineData(3, "1h", "1d")]
    [InlineData(4, "1d", "1w")]
    [InlineData(5, "4h", "1w")]
    [InlineData(6, "5m", "30m")]
    public void Resampling_in_steps_equals_resampling_at_once(int seed, string middle, string target)
    {
        var minutes = RandomSeries(seed, 30_000);
        var (mid, to) = (Timeframe.Parse(middle), Timeframe.Parse(target));
        var viaMiddle = mid == Timeframe.M1 ? minutes : CandleResampler.Resample(minutes, Timeframe.M1, mid);

        var direct = CandleResampler.Resample(minutes, Timeframe.M1, to);
        var stepped = CandleResampler.Resample(viaMiddle, mid, to);

        Assert.Equal(direct, stepped);
    }

    [Theory]
    [InlineData(7, "15m")]
    [InlineData(8, "1h")]
    [InlineData(9, "1w")]
    public void Every_input_is_counted_once_and_every_output_starts_its_own_bucket(int seed, string target)
    {
        var minutes = RandomSeries(seed, 20_000);
        var to = Timeframe.Parse(target);

        var result = CandleResampler.ResampleDetailed(minutes, Timeframe.M1, to);

        Assert.Equal(minutes.Count, result.Sum(r => r.Count));
        Assert.Equal(minutes.Sum(c => c.Volume), result.Sum(r => r.Candle.Volume));
        Assert.Equal(minutes.Select(c => to.BucketStart(c.OpenTime)).Distinct(), result.Select(r => r.Candle.OpenTime));
        Assert.All(result, r => Assert.True(r.Candle.Low <= Math.Min(r.Candle.Open, r.Candle.Close) && r.Candle.High >= Math.Max(r.Candle.Open, r.Candle.Close)));
        Assert.All(result.SkipLast(1), r => Assert.True(r.IsClosed));
    }
}
