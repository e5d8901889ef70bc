using CryptoAiBot.Application.Alerts;

namespace CryptoAiBot.Application.Tests.Alerts;

public sealed class AlertThrottleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Identical_alerts_inside_the_window_are_collapsed_and_the_next_one_after_it_counts_them()
    {
        var throttle = new AlertThrottle(TimeSpan.FromMinutes(5), maxPerMinute: 100);
        var alert = new Alert("risk|BTC", "blocked");

        var first = throttle.Admit(alert, T0);
        var repeats = Enumerable.Range(1, 3).Select(i => throttle.Admit(alert, T0.AddMinutes(i))).ToList();
        var other = throttle.Admit(new Alert("risk|ETH", "blocked"), T0.AddMinutes(1));
        var after = throttle.Admit(alert, T0.AddMinutes(5));

        Assert.Equal("blocked", first?.Html);
        Assert.All(repeats, Assert.Null);
        Assert.NotNull(other);
        Assert.Equal("blocked\n<i>(repeated 3 more times after the previous message)</i>", after?.Html);
        Assert.Equal(3, throttle.Duplicates);
    }

    [Fact]
    public void Past_the_rate_limit_alerts_are_held_back_and_announced_with_the_next_one_let_through()
    {
        var throttle = new AlertThrottle(TimeSpan.Zero, maxPerMinute: 2);

        var admitted = Enumerable.Range(0, 5).Select(i => throttle.Admit(new Alert($"k{i}", $"a{i}"), T0.AddSeconds(i))).ToList();
        var nextMinute = throttle.Admit(new Alert("k9", "a9"), T0.AddSeconds(61));

        Assert.Equal(["a0", "a1", null, null, null], admitted.Select(a => a?.Html));
        Assert.Equal("a9\n<i>(3 other alerts were held back by the rate limit of 2 a minute)</i>", nextMinute?.Html);
        Assert.Equal(3, throttle.RateLimited);
    }

    [Fact]
    public void With_the_window_at_zero_identical_alerts_are_all_sent()
    {
        var throttle = new AlertThrottle(TimeSpan.Zero, maxPerMinute: 100);

        Assert.All(Enumerable.Range(0, 3), i => Assert.NotNull(throttle.Admit(new Alert("same", "x"), T0)));
    }
}
