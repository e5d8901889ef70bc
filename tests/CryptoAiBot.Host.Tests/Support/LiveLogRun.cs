using System.Text.Json;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Support;

/// <summary>
/// One full live run whose logs tests inspect: the host as a child process, <c>MODE=live</c> at DEBUG against the Gate
/// simulator through <see cref="RecordingGateProxy"/>, with an API key, secret, bearer token and Telegram token set. It
/// starts, reconciles, evaluates, takes an operator's buy (signed order placement, fills, events), serves its API and
/// stops with SIGTERM.
/// </summary>
internal sealed record LiveLogRun(
    int? ExitCode,
    IReadOnlyList<string> StandardOutput,
    IReadOnlyList<string> StandardError,
    IReadOnlyList<(string Method, string Path, string Signature)> Signed,
    IReadOnlyList<string> Bodies,
    int OrderStatus)
{
    public const string ApiKey = "live-KEY-7f3a9c";
    public const string ApiSecret = "live-SECRET-e41b7d2208";
    public const string ApiToken = "tok-LIVE-5566778899";
    public const string TelegramToken = "123456:tg-LIVE-SECRET-abcdef";

    public static IReadOnlyList<string> Secrets => [ApiKey, ApiSecret, ApiToken, TelegramToken];

    /// <summary>Every stdout line parsed as JSON (a line that is not JSON fails the test).</summary>
    public IReadOnlyList<JsonElement> LogLines => [.. StandardOutput.Where(l => !string.IsNullOrWhiteSpace(l)).Select(ParseOrFail)];

    public static async Task<LiveLogRun> RunAsync()
    {
        var options = new GateSimulatorOptions
        {
            HistoryDays = 2,
            Accounts = [new() { Key = ApiKey, Secret = ApiSecret, Balances = new Dictionary<string, decimal> { ["USDT"] = 10_000m } }],
        };
        await using var sim = await GateSimulator.StartAsync(options, TimeProvider.System, CancellationToken.None);
        await using var proxy = await RecordingGateProxy.StartAsync(sim.RootUrl);
        using var temp = new TempDirectory();
        var port = BotHttp.FreePort();
        var environment = BotEnvironment.Quiet(temp.File("bot.sqlite3")).WithPort(port)
            .With("MODE", "live")
            .With("SANDBOX", "1")
            .With("EXCHANGE_URL", new Uri(proxy.Root, "api/v4").ToString())
            .With("API_KEY", ApiKey)
            .With("API_SECRET", ApiSecret)
            .With("API_TOKEN", ApiToken)
            .With("TELEGRAM_BOT_TOKEN", TelegramToken)
            .With("TRADING_TIMEFRAME", "1m")
            .With("MTF_ENABLED", "0")
            .With("EVAL_INTERVAL_SEC", "0.5")
            .With("LOG_LEVEL", "DEBUG");

        await using var bot = BotProcess.Start(BotAssemblies.Host, environment.Variables, temp.Path);
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        Assert.True(await bot.WaitForHealthyAsync(baseAddress, TimeSpan.FromSeconds(30)), $"not healthy\n{bot.OutputText}\n{bot.ErrorText}");

        using var client = BotHttp.CreateClient(baseAddress);
        var bodies = new List<string>();
        foreach (var path in new[] { "/health", "/ready", "/orchestrator/status", "/pnl/today" })
        {
            bodies.Add((await client.GetTextAsync(path)).Body);
        }

        using var order = new HttpRequestMessage(HttpMethod.Post, "/orders?symbol=BTC/USDT&side=buy");
        order.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiToken);
        order.Headers.Add("Idempotency-Key", "live-log-run-1");
        using var placed = await client.SendAsync(order);
        bodies.Add(await placed.Content.ReadAsStringAsync());

        // Bounded: the fill is recorded and its events published (the publisher runs beside the loops), and a few eval cycles pass.
        await BotWait.UntilAsync(
            () => Task.FromResult(bot.StandardOutput.Any(l => l.Contains("\"event_id\":3002", StringComparison.Ordinal) && (l.Contains("trade.", StringComparison.Ordinal) || l.Contains("order.executed", StringComparison.Ordinal)))),
            TimeSpan.FromSeconds(15));
        await BotWait.UntilAsync(
            () => Task.FromResult(bot.StandardOutput.Count(l => l.Contains("\"event_id\":1008", StringComparison.Ordinal)) >= 4),
            TimeSpan.FromSeconds(15));
        bodies.Add((await client.GetTextAsync("/pnl/today")).Body);

        var exitCode = await bot.StopAsync(TimeSpan.FromSeconds(20));
        return new LiveLogRun(exitCode, bot.StandardOutput, bot.StandardError, proxy.Signed, bodies, (int)placed.StatusCode);
    }

    /// <summary>One stdout line as the JSON object it must be; fails the test naming the line otherwise.</summary>
    public static JsonElement ParseOrFail(string line)
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
