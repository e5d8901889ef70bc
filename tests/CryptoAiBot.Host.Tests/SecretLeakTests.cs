using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>The host as a real process with secrets configured: none of them may reach a log line or an HTTP response.</summary>
[Collection(ProcessCollection.Name)]
public sealed class SecretLeakTests
{
    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["API_TOKEN"] = "tok-SECRET-123456",
        ["API_KEY"] = "key-SECRET-abcdef",
        ["API_SECRET"] = "sec-SECRET-ghijkl",
        ["TELEGRAM_BOT_TOKEN"] = "tg-SECRET-999",
    };

    [Fact]
    public async Task No_secret_appears_in_logs_or_responses_and_every_log_line_is_json()
    {
        using var temp = new TempDirectory();
        var port = BotHttp.FreePort();
        var environment = BotEnvironment.FastTrading(temp.File("bot.sqlite3")).WithPort(port).With("LOG_LEVEL", "DEBUG");
        foreach (var (name, value) in Secrets)
        {
            environment.With(name, value);
        }

        await using var bot = BotProcess.Start(BotAssemblies.Host, environment.Variables, temp.Path);
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        Assert.True(await bot.WaitForHealthyAsync(baseAddress, TimeSpan.FromSeconds(20)), $"not healthy\n{bot.OutputText}\n{bot.ErrorText}");

        var bodies = await ExerciseEveryEndpointAsync(baseAddress);
        var exitCode = await bot.StopAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(0, exitCode);
        var lines = bot.StandardOutput.Concat(bot.StandardError).ToArray();
        foreach (var secret in Secrets.Values)
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(bodies, body => body.Contains(secret, StringComparison.Ordinal));
        }

        var logLines = bot.StandardOutput.Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        Assert.NotEmpty(logLines);
        Assert.All(logLines, line => Assert.Equal(JsonValueKind.Object, ParseOrFail(line).ValueKind));
        Assert.Contains(logLines, line => line.Contains("API_TOKEN=***", StringComparison.Ordinal));
        Assert.Contains(logLines, line => ParseOrFail(line).GetProperty("level").GetString() == "Debug");
    }

    private static async Task<List<string>> ExerciseEveryEndpointAsync(Uri baseAddress)
    {
        using var client = BotHttp.CreateClient(baseAddress);
        var bodies = new List<string>();
        foreach (var path in new[] { "/health", "/ready", "/orchestrator/status", "/orchestrator/status?symbol=btc_usdt", "/pnl/today?symbol=BTC/USDT", "/openapi/v1.json", "/docs/index.html", "/orchestrator/status?symbol=nope" })
        {
            bodies.Add((await client.GetTextAsync(path)).Body);
        }

        var token = Secrets["API_TOKEN"];
        var (paused, pausedBody) = await client.PostTextAsync("/orchestrator/pause?symbol=BTC/USDT", token);
        var (wrong, wrongBody) = await client.PostTextAsync("/orchestrator/resume?symbol=BTC/USDT", token[..^1]);
        var (anonymous, anonymousBody) = await client.PostTextAsync("/orchestrator/resume?symbol=BTC/USDT");
        var (resumed, resumedBody) = await client.PostTextAsync("/orchestrator/resume?symbol=BTC/USDT", token);
        var (conflict, conflictBody) = await client.PostTextAsync("/orchestrator/resume?symbol=BTC/USDT", token);
        Assert.Equal([200, 403, 401, 200, 409], new[] { paused, wrong, anonymous, resumed, conflict });
        bodies.AddRange([pausedBody, wrongBody, anonymousBody, resumedBody, conflictBody]);

        // Let it trade a little so order, fill and exit log lines are part of what is checked (bounded).
        await BotWait.UntilAsync(async () => await OrderCountAsync(client) >= 2, TimeSpan.FromSeconds(8));
        bodies.Add((await client.GetTextAsync("/pnl/today")).Body);
        bodies.Add((await client.GetTextAsync("/health")).Body);
        return bodies;
    }

    private static async Task<int> OrderCountAsync(HttpClient client)
    {
        var (status, body) = await client.GetTextAsync("/pnl/today");
        using var json = JsonDocument.Parse(body);
        return status == 200 ? json.RootElement.GetProperty("order_count").GetInt32() : 0;
    }

    private static JsonElement ParseOrFail(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"stdout line is not JSON ({e.Message}): {line}");
        }
    }
}
