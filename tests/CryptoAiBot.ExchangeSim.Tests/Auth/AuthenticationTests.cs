using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Auth;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Accepts_a_correctly_signed_request_with_integer_or_fractional_timestamp()
    {
        await using var rig = await SimRig.StartAsync();
        var seconds = rig.Time.GetUtcNow().ToUnixTimeMilliseconds() / 1000m;

        var integer = await rig.Client.GetAsync("/spot/accounts");
        var fractional = await rig.Client.SendAsync(HttpMethod.Get, "/spot/accounts?currency=USDT", null, timestamp: (seconds + 0.285m).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(200, integer.Status);
        Assert.Equal(200, fractional.Status);
        Assert.Equal("USDT", Assert.Single(fractional.Json.EnumerateArray()).Str("currency"));
    }

    [Fact]
    public async Task Rejects_a_wrong_signature_with_INVALID_SIGNATURE()
    {
        await using var rig = await SimRig.StartAsync();

        var tampered = await rig.Client.SendAsync(HttpMethod.Get, "/spot/accounts", null, request =>
        {
            request.Headers.Remove("SIGN");
            request.Headers.TryAddWithoutValidation("SIGN", new string('a', 128));
        });
        // The query is signed exactly as sent: another order of the same parameters is another signature.
        var reordered = await rig.Client.SendAsync(HttpMethod.Get, "/spot/my_trades?currency_pair=BTC_USDT&limit=5", null, request =>
            request.RequestUri = new Uri("api/v4/spot/my_trades?limit=5&currency_pair=BTC_USDT", UriKind.Relative));

        foreach (var response in new[] { tampered, reordered })
        {
            Assert.Equal(401, response.Status);
            Assert.Equal("INVALID_SIGNATURE", response.Label);
            Assert.Equal("Signature mismatch", response.Json.Str("message"));
        }
    }

    [Fact]
    public async Task Rejects_a_body_changed_after_signing()
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.Client.SendAsync(HttpMethod.Post, "/spot/orders", """{"currency_pair":"BTC_USDT","side":"buy","amount":"0.001","price":"50000"}""", request =>
            request.Content = new StringContent("""{"currency_pair":"BTC_USDT","side":"buy","amount":"0.002","price":"50000"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(401, response.Status);
        Assert.Equal("INVALID_SIGNATURE", response.Label);
        Assert.Empty(rig.Simulator.Ledger(SimRig.Key).Orders);
    }

    [Theory]
    [InlineData(61)]
    [InlineData(-61)]
    public async Task Rejects_a_timestamp_more_than_60_seconds_off_with_REQUEST_EXPIRED(int offsetSeconds)
    {
        await using var rig = await SimRig.StartAsync();
        var stale = rig.Time.GetUtcNow().AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await rig.Client.SendAsync(HttpMethod.Get, "/spot/accounts", null, timestamp: stale);

        Assert.Equal(401, response.Status);
        Assert.Equal("REQUEST_EXPIRED", response.Label);
        Assert.Equal("gap between request Timestamp and server time exceeds 60", response.Json.Str("message"));
    }

    [Theory]
    [InlineData("KEY")]
    [InlineData("Timestamp")]
    [InlineData("SIGN")]
    public async Task Rejects_a_missing_header_with_MISSING_REQUIRED_HEADER(string header)
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.Client.SendAsync(HttpMethod.Get, "/spot/accounts", null, request => request.Headers.Remove(header));

        Assert.Equal(401, response.Status);
        Assert.Equal("MISSING_REQUIRED_HEADER", response.Label);
        Assert.Equal($"Missing required header: {header}", response.Json.Str("message"));
    }

    [Fact]
    public async Task Rejects_an_unknown_key_with_INVALID_KEY()
    {
        await using var rig = await SimRig.StartAsync();
        using var stranger = new GateTestClient(rig.Simulator, "nobody", "s1", rig.Time);

        var response = await stranger.GetAsync("/spot/accounts");

        Assert.Equal(401, response.Status);
        Assert.Equal("INVALID_KEY", response.Label);
    }

    [Fact]
    public async Task Public_endpoints_need_no_signature()
    {
        await using var rig = await SimRig.StartAsync();

        var time = await rig.Client.GetPublicAsync("/spot/time");

        Assert.Equal(200, time.Status);
        Assert.Equal(rig.Time.GetUtcNow().ToUnixTimeMilliseconds(), time.Json.GetProperty("server_time").GetInt64());
    }
}
