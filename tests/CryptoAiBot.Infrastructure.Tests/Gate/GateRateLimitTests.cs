using System.Globalization;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;
using Reply = CryptoAiBot.Testing.LoopbackHttpServer.Reply;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Gate's rate-limit answers against a loopback Kestrel: the client waits for the reset, backs off, and stays bounded.</summary>
public sealed class GateRateLimitTests : IAsyncLifetime
{
    private const string Accounts = GateTestServer.Prefix + "/spot/accounts";
    private const string Balances = """[{"currency":"USDT","available":"100.5","locked":"2"}]""";
    private GateTestServer _gate = null!;

    public async Task InitializeAsync() => _gate = await GateTestServer.StartAsync();

    public async Task DisposeAsync() => await _gate.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_429_with_a_reset_time_pauses_the_endpoint_until_then_and_the_read_recovers(bool resetInMilliseconds)
    {
        DateTimeOffset? reset = null;
        _gate.Http.Handle(Accounts, request =>
        {
            if (reset is not null)
            {
                return new Reply(200, Balances);
            }

            reset = resetInMilliseconds ? request.ReceivedAt.AddMilliseconds(700) : DateTimeOffset.FromUnixTimeSeconds(request.ReceivedAt.ToUnixTimeSeconds() + 2);
            var value = resetInMilliseconds ? reset.Value.ToUnixTimeMilliseconds() : reset.Value.ToUnixTimeSeconds();
            return new Reply(429, """{"label":"TOO_MANY_REQUESTS","message":"Request Rate limit Exceeded"}""", RateHeaders(0, value));
        });
        using var exchange = _gate.Exchange();

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.True(balances.IsSuccess, balances.Error?.Message);
        var calls = _gate.Http.Requests(Accounts);
        Assert.Equal(2, calls.Count);
        Assert.InRange(calls[1].ReceivedAt, reset!.Value.AddMilliseconds(-100), reset.Value.AddSeconds(2));
    }

    [Fact]
    public async Task When_gate_says_no_requests_remain_the_next_one_waits_for_the_reset()
    {
        DateTimeOffset? reset = null;
        _gate.Http.Handle(Accounts, request =>
        {
            reset ??= request.ReceivedAt.AddMilliseconds(600);
            return new Reply(200, Balances, RateHeaders(0, reset.Value.ToUnixTimeMilliseconds()));
        });
        using var exchange = _gate.Exchange();

        await exchange.FetchBalanceAsync(CancellationToken.None);
        var second = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.True(second.IsSuccess);
        Assert.True(_gate.Http.Requests(Accounts)[1].ReceivedAt >= reset!.Value.AddMilliseconds(-100), "the second request did not wait for the reset");
    }

    [Fact]
    public async Task Repeated_429s_without_a_reset_back_off_and_end_as_rate_limited_within_bounds()
    {
        _gate.Http.Answer(Accounts, """{"label":"TOO_MANY_REQUESTS","message":"slow down"}""", 429);
        var options = new GateClientOptions { BaseUrl = _gate.Options().BaseUrl, MaxRetries = 3, RateLimitBackoff = TimeSpan.FromMilliseconds(100), MaxRateLimitWait = TimeSpan.FromSeconds(2) };
        using var exchange = _gate.Exchange(options);
        var started = TimeProvider.System.GetTimestamp();

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.Equal(ErrorCode.RateLimited, balances.Error?.Code);
        var calls = _gate.Http.Requests(Accounts);
        Assert.Equal(4, calls.Count);
        // Backoff 100 ms doubling, ±20 % jitter: the third pause is at least 320 ms. Lower bounds only, since a loaded machine
        // can stretch any pause (comparing two measured pauses failed once when it stretched the first).
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(75), "no pause after the first 429");
        Assert.True(calls[3].ReceivedAt - calls[2].ReceivedAt >= TimeSpan.FromMilliseconds(300), "the pauses did not grow");
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_wait_for_the_reset_is_cancellable_by_the_caller()
    {
        _gate.Http.Handle(Accounts, request =>
            new Reply(429, """{"label":"TOO_MANY_REQUESTS"}""", RateHeaders(0, request.ReceivedAt.AddSeconds(4).ToUnixTimeMilliseconds())));
        using var exchange = _gate.Exchange();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = TimeProvider.System.GetTimestamp();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exchange.FetchBalanceAsync(cancel.Token));

        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.Single(_gate.Http.Requests(Accounts));
    }

    [Fact]
    public async Task A_reset_further_away_than_the_longest_wait_is_refused_at_once_without_sending()
    {
        _gate.Http.Handle(Accounts, request =>
            new Reply(200, Balances, RateHeaders(0, request.ReceivedAt.AddMinutes(5).ToUnixTimeMilliseconds())));
        using var exchange = _gate.Exchange();

        await exchange.FetchBalanceAsync(CancellationToken.None);
        var second = await exchange.FetchBalanceAsync(CancellationToken.None);

        Assert.Equal(ErrorCode.RateLimited, second.Error?.Code);
        Assert.Single(_gate.Http.Requests(Accounts));
    }

    private static Dictionary<string, string> RateHeaders(int remain, long reset) => new()
    {
        [GateRateLimitHeaders.RemainHeader] = remain.ToString(CultureInfo.InvariantCulture),
        [GateRateLimitHeaders.LimitHeader] = "200",
        [GateRateLimitHeaders.ResetHeader] = reset.ToString(CultureInfo.InvariantCulture),
    };
}
