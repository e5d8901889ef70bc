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
        Assert.All(logLines, line => Assert.Equal(JsonValueKind.Object, LiveLogRun.ParseOrFail(line).ValueKind));
        Assert.Contains(logLines, line => line.Contains("API_TOKEN=***", StringComparison.Ordinal));
        Assert.Contains(logLines, line => LiveLogRun.ParseOrFail(line).GetProperty("level").GetString() == "Debug");
    }

    [Fact]
    public async Task A_live_run_against_the_gate_simulator_never_logs_the_key_the_secret_a_signature_or_a_token()
    {
        var run = await LiveLogRun.RunAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(200, run.OrderStatus);
        var signatures = run.Signed.Select(s => s.Signature).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains(run.Signed, s => s.Method == "POST" && s.Path.EndsWith("/spot/orders", StringComparison.Ordinal));
        Assert.True(signatures.Count >= 5, $"only {signatures.Count} signed requests went through the proxy");
        Assert.All(signatures, s => Assert.Matches("^[0-9a-f]{128}$", s));
        var everything = run.StandardOutput.Concat(run.StandardError).Concat(run.Bodies).ToList();
        Assert.Contains(run.StandardOutput, l => l.Contains("\"event_id\":3519", StringComparison.Ordinal));
        foreach (var secret in LiveLogRun.Secrets.Concat(signatures))
        {
            Assert.DoesNotContain(everything, line => line.Contains(secret, StringComparison.Ordinal));
        }

        // A secret must not leak in an escaped or encoded form either (JSON escaping, Base64 of the key).
        foreach (var secret in LiveLogRun.Secrets)
        {
            var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(secret));
            Assert.DoesNotContain(everything, line => line.Contains(base64, StringComparison.Ordinal));
        }

        Assert.All(run.LogLines, line => Assert.Equal(JsonValueKind.Object, line.ValueKind));
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
}
