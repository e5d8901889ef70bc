using System.Globalization;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Faults;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Over_the_limit_answers_429_with_gate_headers_until_the_window_ends()
    {
        await using var rig = await SimRig.StartAsync(o => o with { PrivateRateLimit = new SimRateLimit(3, TimeSpan.FromSeconds(10)) });
        var windowEnd = (rig.Time.GetUtcNow().ToUnixTimeSeconds() / 10 * 10) + 10;

        var allowed = new List<GateResponse>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await rig.Client.GetAsync("/spot/accounts"));
        }

        var refused = await rig.Client.GetAsync("/spot/accounts");
        var otherEndpoint = await rig.Client.GetAsync("/spot/open_orders");
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        var nextWindow = await rig.Client.GetAsync("/spot/accounts");

        Assert.All(allowed, r => Assert.Equal(200, r.Status));
        Assert.Equal(["2", "1", "0"], allowed.Select(r => r.Header("X-Gate-RateLimit-Requests-Remain")));
        Assert.All(allowed, r => Assert.Equal("3", r.Header("X-Gate-RateLimit-Limit")));
        Assert.Equal((429, "TOO_MANY_REQUESTS"), (refused.Status, refused.Label));
        Assert.Equal("0", refused.Header("X-Gate-RateLimit-Requests-Remain"));
        Assert.Equal(windowEnd.ToString(CultureInfo.InvariantCulture), refused.Header("X-Gate-RateLimit-Reset-Timestamp"));
        Assert.Equal(200, otherEndpoint.Status);
        Assert.Equal(200, nextWindow.Status);
    }

    [Fact]
    public async Task Placement_is_limited_per_pair_and_cancellation_per_account()
    {
        await using var rig = await SimRig.StartAsync(o => o with
        {
            PlacementRateLimit = new SimRateLimit(2, TimeSpan.FromSeconds(1)),
            CancellationRateLimit = new SimRateLimit(1, TimeSpan.FromSeconds(1)),
        });

        var btc = new[] { await rig.PlaceAsync("buy", "0.001", "50000"), await rig.PlaceAsync("buy", "0.001", "50000"), await rig.PlaceAsync("buy", "0.001", "50000") };
        var eth = await rig.PlaceAsync("buy", "0.01", "2000", pair: "ETH_USDT");
        var cancels = new[] { await rig.Client.DeleteAsync("/spot/orders?currency_pair=ETH_USDT"), await rig.Client.DeleteAsync("/spot/orders?currency_pair=BTC_USDT") };

        Assert.Equal([201, 201, 429], btc.Select(r => r.Status));
        Assert.Equal(201, eth.Status);
        Assert.Equal([200, 429], cancels.Select(r => r.Status));
        Assert.Equal(3, rig.Simulator.Ledger(SimRig.Key).Orders.Count);
    }

    [Fact]
    public async Task Every_api_answer_carries_gateway_and_rate_limit_headers_even_a_rejection()
    {
        await using var rig = await SimRig.StartAsync();

        var responses = new[]
        {
            await rig.Client.GetPublicAsync("/spot/time"),
            await rig.Client.GetPublicAsync("/spot/accounts"),
            await rig.Client.GetPublicAsync("/spot/nothing_here"),
            await rig.PlaceAsync("buy", "0.001", "50000"),
        };

        var micros = (rig.Time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / 10;
        foreach (var response in responses)
        {
            Assert.Equal(micros.ToString(CultureInfo.InvariantCulture), response.Header("X-In-Time"));
            Assert.Equal(micros.ToString(CultureInfo.InvariantCulture), response.Header("X-Out-Time"));
            Assert.NotEmpty(response.Header("X-Gate-RateLimit-Limit"));
            Assert.NotEmpty(response.Header("X-Gate-RateLimit-Requests-Remain"));
            Assert.NotEmpty(response.Header("X-Gate-RateLimit-Reset-Timestamp"));
        }

        Assert.Equal([200, 401, 404, 201], responses.Select(r => r.Status));
    }
}
