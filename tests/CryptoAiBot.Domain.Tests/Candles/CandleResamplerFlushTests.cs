using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Tests.Candles;

/// <summary>The last, possibly unfinished bucket: flushing it, knowing whether it is closed, taking it early when live.</summary>
public sealed class CandleResamplerFlushTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);

    private static Candle At(DateTimeOffset time, decimal price = 100m, decimal volume = 1m) =>
        new(time, price, price + 1, price - 1, price, volume);

    [Fact]
    public void Flushing_an_unfinished_bucket_says_it_is_not_closed_and_refuses_more_input_for_it()
    {
        var resampler = new CandleResampler(Timeframe.M15, Timeframe.H1);
        Assert.False(resampler.TryFlush(out _));
        resampler.TryAdd(At(T0), out _);
        resampler.TryAdd(At(T0.AddMinutes(15)), out _);

        Assert.False(resampler.IsFormingClosed);
        Assert.True(resampler.TryFlushResampled(out var last));
        Assert.False(last.IsClosed);
        Assert.False(resampler.HasForming);
        Assert.Throws<ArgumentException>(() => resampler.TryAdd(At(T0.AddMinutes(30)), out _));
        Assert.False(resampler.TryAdd(At(T0.AddHours(1)), out _));
    }

    [Fact]
    public void A_live_caller_can_take_a_bucket_as_soon_as_its_last_period_is_in()
    {
        var resampler = new CandleResampler(Timeframe.M5, Timeframe.M15);
        var emitted = new List<ResampledCandle>();
        foreach (var minute in new[] { 0, 5, 10, 15, 20, 30, 40 })
        {
            if (resampler.TryAddResampled(At(T0.AddMinutes(minute)), out var closed))
            {
                emitted.Add(closed);
            }

            if (resampler.IsFormingClosed && resampler.TryFlushResampled(out var ready))
            {
                emitted.Add(ready);
            }
        }

        Assert.Equal([T0, T0.AddMinutes(15), T0.AddMinutes(30)], emitted.Select(e => e.Candle.OpenTime));
        Assert.Equal([3, 2, 2], emitted.Select(e => e.Count));
        Assert.All(emitted, e => Assert.True(e.IsClosed));
    }
}
