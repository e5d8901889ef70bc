using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Reply = CryptoAiBot.Testing.LoopbackHttpServer.Reply;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>The transport against a real Kestrel on loopback: signing, server time, rate limits, retries, timeouts, the circuit.</summary>
public sealed class GateTransportTests : IAsyncLifetime
{
    private const string Accounts = GateTestServer.Prefix + "/spot/accounts";
    private const string Orders = GateTestServer.Prefix + "/spot/orders";
    private const string Balances = """[{"currency":"USDT","available":"100.5","locked":"2"}]""";
    private const string FilledBuy = """
        {"id":"42","text":"t-buy-1","status":"closed","currency_pair":"BTC_USDT","type":"market","side":"buy","amount":"10","price":"0",
         "time_in_force":"ioc","left":"0","filled_amount":"0.0002","filled_total":"10","avg_deal_price":"50000","fee":"0.0000004","fee_currency":"BTC","finish_as":"filled"}
        """;

    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private GateTestServer _gate = null!;

    public async Task InitializeAsync() => _gate = await GateTestServer.StartAsync();

    public async Task DisposeAsync() => await _gate.DisposeAsync();

    [Fact]
    public async Task Private_requests_carry_key_timestamp_and_a_signature_over_exactly_what_was_sent()
    {
        _gate.Http.Answer(Accounts, Balances);
        _gate.Http.Answer(Orders, FilledBuy, 201);
        using var exchange = _gate.Exchange();

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);
        var order = await exchange.CreateMarketBuyAsync(Btc, 10m, new ClientOrderId("buy-1"), CancellationToken.None);

        Assert.Equal([new("USDT", 100.5m, 2m)], balances.Value);
        Assert.Equal(("42", 0.0002m, new ClientOrderId("buy-1")), (order.Value.Id, order.Value.FilledAmount, order.Value.ClientOrderId!.Value));
        foreach (var sent in _gate.CallsUnder())
        {
            Assert.Equal(GateTestServer.ApiKey, sent.Headers["KEY"]);
            Assert.Matches("^[0-9]{10}$", sent.Headers["Timestamp"]);
            Assert.Equal(IndependentSign(sent), sent.Headers["SIGN"]);
        }

        var post = Assert.Single(_gate.CallsUnder("/spot/orders"));
        Assert.Equal("application/json", post.Headers["Content-Type"]);
        Assert.Contains("\"text\":\"t-buy-1\"", Encoding.UTF8.GetString(post.Body), StringComparison.Ordinal);
        Assert.All(_gate.Http.Requests(GateTestServer.Prefix + "/spot/currency_pairs"), r => Assert.False(r.Headers.ContainsKey("SIGN")));
    }

    [Fact]
    public async Task The_signed_timestamp_is_gate_time_measured_from_spot_time()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        (_gate.Clock, _gate.ServerClockShift) = (clock, TimeSpan.FromSeconds(100));
        _gate.Http.Answer(Accounts, Balances);
        using var exchange = _gate.Exchange(time: clock);

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.True(balances.IsSuccess);
        Assert.Single(_gate.Http.Requests(GateTestServer.Prefix + "/spot/time"));
        Assert.Equal((clock.GetUtcNow() + TimeSpan.FromSeconds(100)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), _gate.CallsUnder()[0].Headers["Timestamp"]);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(100), exchange.ServerNow);
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("503")]
    [InlineData("unreadable")]
    public async Task A_placement_whose_fate_is_unknown_is_sent_once_and_reported_as_outcome_unknown(string failure)
    {
        _gate.Http.Handle(Orders, async (_, aborted) =>
        {
            if (failure == "timeout")
            {
                await Task.Delay(TimeSpan.FromSeconds(5), aborted);
            }

            return failure == "503" ? new Reply(503, """{"label":"SERVER_ERROR","message":"try later"}""") : new Reply(201, """{"id":"1","status":"weird"}""");
        });
        var options = new GateClientOptions { BaseUrl = _gate.Options().BaseUrl, HttpTimeout = TimeSpan.FromMilliseconds(400), MaxRetries = 3 };
        using var exchange = _gate.Exchange(options);

        var order = await exchange.CreateMarketBuyAsync(Btc, 10m, new ClientOrderId("buy-2"), CancellationToken.None);

        Assert.Equal(ErrorCode.Unknown, order.Error?.Code);
        Assert.True(GateOutcome.IsUnknown(order.Error));
        Assert.Contains("outcome unknown", order.Error!.Message, StringComparison.Ordinal);
        Assert.Single(_gate.Http.Requests(Orders));
    }

    [Fact]
    public async Task A_read_is_retried_after_503s_and_a_timeout_and_then_succeeds()
    {
        var calls = 0;
        _gate.Http.Handle(Accounts, async (_, aborted) =>
        {
            switch (Interlocked.Increment(ref calls))
            {
                case 1:
                    await Task.Delay(TimeSpan.FromSeconds(5), aborted);
                    return new Reply(200, Balances);
                case 2:
                    return new Reply(503, "<html>busy</html>");
                default:
                    return new Reply(200, Balances);
            }
        });
        var options = new GateClientOptions { BaseUrl = _gate.Options().BaseUrl, HttpTimeout = TimeSpan.FromMilliseconds(400), RetryBaseDelay = TimeSpan.FromMilliseconds(20) };
        using var exchange = _gate.Exchange(options);

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.True(balances.IsSuccess, balances.Error?.Message);
        Assert.Equal(3, _gate.Http.Requests(Accounts).Count);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_fails_fast_without_sending()
    {
        var tickers = GateTestServer.Prefix + "/spot/tickers";
        _gate.Http.Answer(tickers, """{"label":"SERVER_ERROR","message":"down"}""", 503);
        var options = new GateClientOptions
        {
            BaseUrl = _gate.Options().BaseUrl, MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            CircuitMinimumThroughput = 4, CircuitBreakDuration = TimeSpan.FromSeconds(30),
        };
        using var exchange = _gate.Exchange(options);

        var errors = new List<Error>();
        for (var i = 0; i < 4; i++)
        {
            errors.Add((await exchange.FetchTickerAsync(Btc, CancellationToken.None)).Error!);
        }

        Assert.Equal(4, _gate.Http.Requests(tickers).Count);
        Assert.All(errors, e => Assert.Equal(ErrorCode.ExchangeUnavailable, e.Code));
        Assert.Contains("paused after repeated exchange failures", errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_timestamp_re_measures_the_clock_and_the_read_is_retried()
    {
        var calls = 0;
        _gate.Http.Handle(Accounts, _ => Interlocked.Increment(ref calls) == 1
            ? new Reply(401, """{"message":"gap between request Timestamp and server time exceeds 60","label":"REQUEST_EXPIRED"}""")
            : new Reply(200, Balances));
        using var exchange = _gate.Exchange();

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.True(balances.IsSuccess, balances.Error?.Message);
        Assert.Equal(2, _gate.Http.Requests(GateTestServer.Prefix + "/spot/time").Count);
    }

    [Fact]
    public async Task Without_credentials_private_calls_are_refused_locally_and_public_ones_work()
    {
        _gate.Http.Answer(GateTestServer.Prefix + "/spot/tickers", """[{"currency_pair":"BTC_USDT","last":"50000","highest_bid":"49999","lowest_ask":"50001"}]""");
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        using var exchange = new GateExchange(
            services.GetRequiredService<IHttpClientFactory>(), _gate.Options(), GateCredentials.From(new ApiKeysOptions()), TimeProvider.System, NullLogger<GateExchange>.Instance);

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);
        var ticker = await exchange.FetchTickerAsync(Btc, CancellationToken.None);

        Assert.Equal(ErrorCode.Unauthorized, balances.Error?.Code);
        Assert.Equal((49999m, 50001m), (ticker.Value.Bid, ticker.Value.Ask));
        Assert.Empty(_gate.Http.Requests(Accounts));
    }

    [Fact]
    public async Task An_unreachable_exchange_is_unavailable_for_reads_and_nothing_is_placed()
    {
        var options = new GateClientOptions { BaseUrl = new Uri("http://127.0.0.1:9/api/v4"), MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10) };
        using var exchange = _gate.Exchange(options);

        var ticker = await exchange.FetchTickerAsync(Btc, CancellationToken.None);
        var order = await exchange.CreateMarketBuyAsync(Btc, 10m, new ClientOrderId("buy-3"), CancellationToken.None);

        Assert.Equal(ErrorCode.ExchangeUnavailable, ticker.Error?.Code);
        Assert.Contains("connection failed", ticker.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCode.ExchangeUnavailable, order.Error?.Code);
    }

    private static string IndependentSign(LoopbackHttpServer.Request request)
    {
        var text = $"{request.Method}\n{request.Path}\n{request.Query}\n{Convert.ToHexStringLower(SHA512.HashData(request.Body))}\n{request.Headers["Timestamp"]}";
        return Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(GateTestServer.ApiSecret), Encoding.UTF8.GetBytes(text)));
    }
}
