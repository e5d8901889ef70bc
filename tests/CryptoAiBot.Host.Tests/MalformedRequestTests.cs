using System.Text;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>Garbage from the network gets a 4xx, never a 500, and the server keeps answering.</summary>
public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData(10 * 1024)]
    [InlineData(100 * 1024)]
    public async Task A_huge_garbage_bearer_token_is_a_client_error(int length)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));
        var garbage = new string('\u007f', 1) + new string('x', length);

        var (status, body) = await bot.Client.PostTextAsync("/orchestrator/pause?symbol=BTC/USDT", garbage);

        AssertClientError(status, body);
        await AssertStillHealthyAsync(bot);
    }

    [Theory]
    [InlineData("/pnl/today?symbol=%%%")]
    [InlineData("/orchestrator/status?symbol=%%%")]
    [InlineData("/orchestrator/status?symbol=%00")]
    [InlineData("/orchestrator/status?symbol=%C3%28")]
    [InlineData("/pnl/today?symbol=BTC/USDT/ETH")]
    [InlineData("/pnl/today?symbol=a&symbol=b")]
    public async Task A_malformed_query_is_a_client_error(string path)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var (status, body) = await bot.Client.GetTextAsync(path);

        AssertClientError(status, body);
        await AssertStillHealthyAsync(bot);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer      ")]
    [InlineData("bearer test-token extra")]
    public async Task Odd_authorization_headers_are_refused(string header)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/orchestrator/pause", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await bot.Client.SendAsync(request);

        AssertClientError((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("running", (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_garbage_body_and_an_unknown_method_are_client_errors()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));
        using var garbage = new StringContent("{\"not\": json" + new string('[', 5000), Encoding.UTF8, "application/json");

        using var posted = await bot.Client.PostAsync(new Uri("/orchestrator/pause", UriKind.Relative), garbage);
        using var deleted = await bot.Client.DeleteAsync(new Uri("/orchestrator/status", UriKind.Relative));
        using var missing = await bot.Client.GetAsync(new Uri("/no/such/path", UriKind.Relative));

        AssertClientError((int)posted.StatusCode, await posted.Content.ReadAsStringAsync());
        AssertClientError((int)deleted.StatusCode, await deleted.Content.ReadAsStringAsync());
        Assert.Equal(404, (int)missing.StatusCode);
        await AssertStillHealthyAsync(bot);
    }

    private static void AssertClientError(int status, string body) =>
        Assert.True(status is >= 400 and < 500, $"expected a 4xx, got {status}: {body[..Math.Min(body.Length, 500)]}");

    private static async Task AssertStillHealthyAsync(BotServer bot)
    {
        var (status, _) = await bot.Client.GetTextAsync("/health");
        Assert.Equal(200, status);
    }
}
