using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

public sealed class OrchestratorEndpointTests
{
    private const string Token = "test-token";

    [Theory]
    [InlineData("btc_usdt")]
    [InlineData("BTC/USDT")]
    [InlineData("btc-usdt")]
    [InlineData("")]
    public async Task Status_shows_the_running_orchestrator_for_any_spelling_of_the_symbol(string symbol)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var status = await bot.Client.GetJsonAsync($"/orchestrator/status?symbol={Uri.EscapeDataString(symbol)}");

        Assert.Equal("running", status.GetProperty("state").GetString());
        Assert.Equal("BTC/USDT", status.GetProperty("symbol").GetString());
        Assert.Equal(0m, status.GetProperty("position_base").GetDecimal());
    }

    [Fact]
    public async Task Status_shows_the_trend_filter_of_a_default_paper_run_warm_from_the_simulated_exchange()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(BotEnvironment.FastTrading(temp.File("bot.sqlite3")));

        var entry = await FirstEntryStatusAsync(bot.Client);

        Assert.True(entry.GetProperty("trend_enabled").GetBoolean());
        Assert.False(entry.GetProperty("stale").GetBoolean());
        var timeframes = entry.GetProperty("timeframes").EnumerateArray().ToArray();
        Assert.Equal(["1h", "4h", "1d", "1w"], timeframes.Select(t => t.GetProperty("timeframe").GetString()));
        Assert.All(timeframes, t => Assert.True(t.GetProperty("closed_candles").GetInt64() >= 20, t.ToString()));
        Assert.Contains(entry.GetProperty("reason").GetString(), new[] { "higher-timeframe trend agrees", "higher-timeframe trend is down" });
        Assert.Equal("none", entry.GetProperty("ai_model").GetString());
    }

    /// <summary>The status's entry gate once the first evaluation has run; bounded to 15 s.</summary>
    private static async Task<JsonElement> FirstEntryStatusAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var status = await client.GetJsonAsync("/orchestrator/status");
            if (status.GetProperty("entry").ValueKind == JsonValueKind.Object)
            {
                return status.GetProperty("entry");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("No evaluation reported its entry gate within 15 s.");
    }

    [Fact]
    public async Task Status_of_an_unknown_symbol_is_a_404_problem_naming_the_known_ones()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var (status, body) = await bot.Client.GetTextAsync("/orchestrator/status?symbol=eth_usdt");

        Assert.Equal(404, status);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("BTC/USDT", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a symbol")]
    [InlineData("BTC")]
    [InlineData("////")]
    public async Task Status_of_an_invalid_symbol_is_a_client_error(string symbol)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var (status, _) = await bot.Client.GetTextAsync($"/orchestrator/status?symbol={Uri.EscapeDataString(symbol)}");

        Assert.Contains(status, new[] { 400, 404 });
    }

    [Theory]
    [InlineData("start")]
    [InlineData("stop")]
    [InlineData("pause")]
    [InlineData("resume")]
    public async Task Control_without_a_bearer_token_is_401_and_with_a_wrong_one_403(string action)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (anonymous, _) = await bot.Client.PostTextAsync($"/orchestrator/{action}?symbol=BTC/USDT");
        var (wrong, _) = await bot.Client.PostTextAsync($"/orchestrator/{action}?symbol=BTC/USDT", "not-the-token");
        var status = await bot.Client.GetJsonAsync("/orchestrator/status");

        Assert.Equal(401, anonymous);
        Assert.Equal(403, wrong);
        Assert.Equal("running", status.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Pause_and_resume_with_the_right_token_change_the_state()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (paused, pausedBody) = await bot.Client.PostTextAsync("/orchestrator/pause?symbol=btc_usdt&reason=maintenance", Token);
        var whilePaused = await bot.Client.GetJsonAsync("/orchestrator/status?symbol=btc_usdt");
        var (resumed, resumedBody) = await bot.Client.PostTextAsync("/orchestrator/resume?symbol=btc_usdt", Token);
        var afterResume = await bot.Client.GetJsonAsync("/orchestrator/status?symbol=btc_usdt");

        Assert.Equal(200, paused);
        Assert.Equal("paused", JsonDocument.Parse(pausedBody).RootElement.GetProperty("state").GetString());
        Assert.Equal("paused", whilePaused.GetProperty("state").GetString());
        Assert.Equal("maintenance", whilePaused.GetProperty("pause_reason").GetString());
        Assert.Equal(200, resumed);
        Assert.Equal("running", JsonDocument.Parse(resumedBody).RootElement.GetProperty("state").GetString());
        Assert.Equal("running", afterResume.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Stop_then_start_with_the_right_token_restarts_the_loops()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (stopped, stoppedBody) = await bot.Client.PostTextAsync("/orchestrator/stop", Token);
        var (started, startedBody) = await bot.Client.PostTextAsync("/orchestrator/start", Token);

        Assert.Equal(200, stopped);
        Assert.Contains("\"state\":\"stopped\"", stoppedBody, StringComparison.Ordinal);
        Assert.Equal(200, started);
        Assert.Contains("\"state\":\"running\"", startedBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_while_running_is_a_409_conflict()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (status, body) = await bot.Client.PostTextAsync("/orchestrator/resume?symbol=BTC/USDT", Token);
        var (pauseTwice, _) = await PauseTwiceAsync(bot);

        Assert.Equal(409, status);
        Assert.Contains("running", body, StringComparison.Ordinal);
        Assert.Equal(409, pauseTwice);
    }

    [Fact]
    public async Task Control_is_403_with_an_explanation_when_API_TOKEN_is_unset()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, token: null));

        var (status, body) = await bot.Client.PostTextAsync("/orchestrator/pause?symbol=BTC/USDT", "anything");
        var (anonymous, anonymousBody) = await bot.Client.PostTextAsync("/orchestrator/pause?symbol=BTC/USDT");
        var state = await bot.Client.GetJsonAsync("/orchestrator/status");

        Assert.Equal(403, status);
        Assert.Contains("API_TOKEN", body, StringComparison.Ordinal);
        Assert.Equal(403, anonymous);
        Assert.Contains("API_TOKEN", anonymousBody, StringComparison.Ordinal);
        Assert.Equal("running", state.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Control_of_an_unknown_symbol_with_the_right_token_is_404()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (status, _) = await bot.Client.PostTextAsync("/orchestrator/pause?symbol=ETH/USDT", Token);

        Assert.Equal(404, status);
    }

    private static async Task<(int Status, string Body)> PauseTwiceAsync(BotServer bot)
    {
        await bot.Client.PostTextAsync("/orchestrator/pause", Token);
        return await bot.Client.PostTextAsync("/orchestrator/pause", Token);
    }
}
