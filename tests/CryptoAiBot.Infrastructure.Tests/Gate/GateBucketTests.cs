using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>The client's token bucket runs on the injected clock alone: a manual clock that jumps refills it by the jump.</summary>
public sealed class GateBucketTests
{
    [Fact]
    public async Task Tokens_come_back_at_the_rate_of_the_injected_clock_however_little_real_time_passed()
    {
        var time = new ManualTimeProvider();
        using var bucket = new GateBucket(burst: 5, ratePerSecond: 20, time);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await bucket.AcquireAsync(CancellationToken.None));
        }

        time.Advance(TimeSpan.FromMilliseconds(100));
        var afterATenth = bucket.Available;
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(2, afterATenth);
        Assert.Equal(5, bucket.Available);
    }

    [Fact]
    public async Task Waiting_requests_get_tokens_oldest_first_and_a_cancelled_one_takes_none()
    {
        var time = new ManualTimeProvider();
        using var bucket = new GateBucket(burst: 1, ratePerSecond: 20, time);
        using var cancel = new CancellationTokenSource();
        Assert.True(await bucket.AcquireAsync(CancellationToken.None));

        var first = bucket.AcquireAsync(CancellationToken.None).AsTask();
        var cancelled = bucket.AcquireAsync(cancel.Token).AsTask();
        var third = bucket.AcquireAsync(CancellationToken.None).AsTask();
        await cancel.CancelAsync();
        time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.True(await first);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(50));

        Assert.True(await third);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(0, bucket.Available);
    }
}
