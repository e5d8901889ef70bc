using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Testing;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>Starts the real host process, live on the simulator, over one database; with CRASH_AT for the runs meant to die.</summary>
internal sealed class CrashBots(TempDirectory temp, GateSimulator simulator)
{
    public const string Key = "sim-key";
    public const string Token = "crash-test-token";

    private const int BindAttempts = 3;

    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(30);

    public string DbPath { get; } = temp.File("live.sqlite3");

    /// <summary>
    /// Starts the host and waits until it is ready. The port is free when picked but another process may take it before the
    /// host binds it (a few times a day on a busy machine): the host then exits at once, naming the address, and is started
    /// again on another port, at most <see cref="BindAttempts"/> times.
    /// </summary>
    public async Task<CrashBot> StartAsync(string? crashAt)
    {
        var errors = "";
        for (var attempt = 0; attempt < BindAttempts; attempt++)
        {
            var port = BotHttp.FreePort();
            var process = BotProcess.Start(BotAssemblies.Host, Environment(port, crashAt).Variables, temp.Path);
            var bot = new CrashBot(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
            if (await bot.WaitForReadyAsync(ReadyLimit))
            {
                return bot;
            }

            errors = process.ErrorText + "\n" + process.OutputText;
            await bot.DisposeAsync();
            if (!errors.Contains("address already in use", StringComparison.Ordinal))
            {
                break;
            }
        }

        throw new InvalidOperationException($"the bot (CRASH_AT={crashAt}) did not get ready:\n{errors}");
    }

    private BotEnvironment Environment(int port, string? crashAt) =>
        BotEnvironment.Quiet(DbPath).WithPort(port)
            .With("MODE", "live")
            .With("SANDBOX", "1")
            .With("EXCHANGE_URL", simulator.BaseUrl.ToString())
            .With("API_KEY", Key)
            .With("API_SECRET", "sim-secret")
            .With("API_TOKEN", Token)
            .With("SYMBOLS", "BTC/USDT")
            .With("TRADING_TIMEFRAME", "1m")
            .With("MTF_ENABLED", "0")
            // Only the test's orders: the strategy needs 200 one-minute candles, and the simulator has none before its start.
            .With("EMA_FAST", "50")
            .With("EMA_SLOW", "200")
            .With("FIXED_AMOUNT", "50")
            .With("RISK_COOLDOWN_SEC", "0")
            // The simulator shows an order at once: a killed intent that never reached it is closed after a second.
            .With("EXCHANGE_ORDER_VISIBILITY_SEC", "1")
            .With("SETTLEMENT_INTERVAL_SEC", "0.5")
            .With("CRASH_AT", crashAt);
}

/// <summary>One run of the host process and an HTTP client for its operator orders.</summary>
internal sealed class CrashBot(BotProcess process, Uri address) : IAsyncDisposable
{
    private static readonly string[] Final = [nameof(OrderStatus.Filled), nameof(OrderStatus.Rejected), nameof(OrderStatus.Canceled), nameof(OrderStatus.Expired)];

    private static readonly TimeSpan ResolveLimit = TimeSpan.FromSeconds(60);

    private readonly HttpClient _client = BotHttp.CreateClient(address, TimeSpan.FromSeconds(10));

    public BotProcess Process => process;

    public Task<bool> WaitForReadyAsync(TimeSpan limit) => process.WaitForReadyAsync(address, limit);

    /// <summary>Sends the order; the process may die before it answers.</summary>
    public async Task TryPlaceAsync(OrderSide side, string key)
    {
        try
        {
            await PlaceAsync(side, key);
        }
        catch (Exception e) when (IsConnectionLost(e))
        {
            // Killed mid-request: what became of the order is for the next run to find out.
        }
    }

    /// <summary>Asks for the order with <paramref name="key"/> until it is final (placing it if the key is new); its status.</summary>
    public async Task<string> ResolveAsync(OrderSide side, string key)
    {
        var last = "";
        var deadline = DateTimeOffset.UtcNow + ResolveLimit;
        for (var attempt = 0; attempt < 150 && DateTimeOffset.UtcNow < deadline; attempt++)
        {
            var (status, body) = await PlaceAsync(side, key);
            last = $"{status}: {body}";
            if (status is 200 or 202 or 422)
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Object
                    && order.GetProperty("status").GetString() is { } orderStatus && Final.Contains(orderStatus))
                {
                    return orderStatus;
                }

                if (status == 422)
                {
                    throw new InvalidOperationException($"{key}: refused without an order: {body}");
                }
            }

            // 409: an earlier outcome is still being resolved; 200/202 with an order not final yet: settlement is on it.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new InvalidOperationException($"{key}: not final within {ResolveLimit.TotalSeconds} s; last answer {last}\n{process.ErrorText}");
    }

    /// <summary>
    /// A request to a process that is dying or not listening yet: usually an <see cref="HttpRequestException"/> or a
    /// timeout, but a connection the kill cut while it was being set up surfaces as a bare socket or I/O error.
    /// </summary>
    private static bool IsConnectionLost(Exception e) =>
        e is HttpRequestException or TaskCanceledException or System.Net.Sockets.SocketException or IOException;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await process.DisposeAsync();
    }

    private Task<(int Status, string Body)> PlaceAsync(OrderSide side, string key) =>
        _client.PostTextAsync($"/orders?symbol=BTC/USDT&side={side.Lowercase()}", CrashBots.Token, ("Idempotency-Key", key));
}
