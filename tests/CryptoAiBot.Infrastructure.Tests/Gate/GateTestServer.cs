using System.Globalization;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>
/// A real Kestrel on loopback speaking just enough Gate.io for the client: <c>/api/v4/spot/time</c> (the test's clock,
/// shifted by <see cref="ServerClockShift"/>) and <c>/api/v4/spot/currency_pairs</c>; tests add the endpoint under test.
/// </summary>
internal sealed class GateTestServer : IAsyncDisposable
{
    public const string Prefix = "/api/v4";
    public const string ApiKey = "test-key";
    public const string ApiSecret = "test-secret";

    public const string MarketsJson = """
        [{"id":"BTC_USDT","base":"BTC","quote":"USDT","fee":"0.2","min_base_amount":"0.00001","min_quote_amount":"3","max_quote_amount":"5000000","amount_precision":6,"precision":1,"trade_status":"tradable"},
         {"id":"LTC_USDT","base":"LTC","quote":"USDT","fee":"0.2","min_base_amount":"0.001","min_quote_amount":"1","amount_precision":4,"precision":2,"trade_status":"tradable"},
         {"id":"OLD_USDT","base":"OLD","quote":"USDT","min_base_amount":"1","min_quote_amount":"1","amount_precision":2,"precision":4,"trade_status":"sellable"},
         {"id":"GT_USDT","base":"GT","quote":"USDT","min_base_amount":"0.01","min_quote_amount":"1","max_base_amount":"1000","amount_precision":2,"precision":4,"trade_status":"tradable"}]
        """;

    private readonly ServiceProvider _services;

    private GateTestServer(LoopbackHttpServer http, ServiceProvider services)
    {
        Http = http;
        _services = services;
    }

    public LoopbackHttpServer Http { get; }

    /// <summary>The clock /spot/time reads (the real clock unless a test sets its own).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public TimeSpan ServerClockShift { get; set; }

    public static async Task<GateTestServer> StartAsync()
    {
        var server = new GateTestServer(await LoopbackHttpServer.StartAsync(), new ServiceCollection().AddHttpClient().BuildServiceProvider());
        server.Http.Handle(Prefix + "/spot/time", _ => new LoopbackHttpServer.Reply(
            200, $$"""{"server_time":{{(server.Clock.GetUtcNow() + server.ServerClockShift).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}}}"""));
        server.Http.Answer(Prefix + "/spot/currency_pairs", MarketsJson);
        return server;
    }

    public GateClientOptions Options(string account = "spot") => new()
    {
        BaseUrl = new Uri(Http.BaseAddress, Prefix),
        Account = account,
        HttpTimeout = TimeSpan.FromSeconds(5),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(100),
        MaxRateLimitWait = TimeSpan.FromSeconds(5),
    };

    public GateExchange Exchange(GateClientOptions? options = null, TimeProvider? time = null) => new(
        _services.GetRequiredService<IHttpClientFactory>(),
        options ?? Options(),
        new GateCredentials(ApiKey, new Secret(ApiSecret)),
        time ?? TimeProvider.System,
        NullLogger<GateExchange>.Instance);

    /// <summary>Requests to Gate paths other than the time and market reads the client makes on its own.</summary>
    public IReadOnlyList<LoopbackHttpServer.Request> CallsUnder(string? path = null) =>
        [.. Http.Requests().Where(r => path is null
            ? r.Path != Prefix + "/spot/time" && r.Path != Prefix + "/spot/currency_pairs"
            : r.Path == Prefix + path)];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Http.DisposeAsync();
    }
}
