using System.Diagnostics;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.ExchangeSim.Faults;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// Gate answers 429: the client must back off (measured where the requests arrive, at the simulator), recover on its
/// own, let the caller see at most a bounded number of RateLimited errors, and never send an order twice.
/// </summary>
public sealed class RateLimitBurstTests
{
    private const int FaultInjected = 6004;
    private const int Throttled = 3502;

    [Fact]
    public async Task A_burst_of_429s_on_reads_spaces_the_requests_out_and_the_caller_sees_one_error_then_prices_again()
    {
        var backoff = TimeSpan.FromMilliseconds(20);
        await using var rig = await GateFaultRig.StartAsync(client: o => new() { BaseUrl = o.BaseUrl, HttpTimeout = o.HttpTimeout, RateLimitBackoff = backoff, MaxRateLimitWait = TimeSpan.FromSeconds(5) });
        _ = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None); // markets and clock loaded before the storm
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/tickers", Count = 6, Status = 429 });

        var errors = new List<Error>();
        for (var i = 0; i < 10; i++)
        {
            var ticker = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None);
            if (!ticker.IsSuccess)
            {
                errors.Add(ticker.Error);
            }
        }

        // One try and three retries per call: six 429s cost the caller one error, never more.
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCode.RateLimited, error.Code);
        var storm = rig.SimLogs.WithId(FaultInjected);
        Assert.Equal(6, storm.Count);
        Assert.Equal(1 + 6 + 9, rig.SimRequests("GET", "/spot/tickers").Count);
        Assert.Equal(6, rig.Logs.WithId(Throttled).Count);

        // Each 429 closed the endpoint for a pause that doubles (±20 % jitter): so the requests arrived.
        for (var k = 1; k < storm.Count; k++)
        {
            var gap = Stopwatch.GetElapsedTime(storm[k - 1].Timestamp, storm[k].Timestamp);
            var pause = backoff * Math.Pow(2, k - 1) * 0.8;
            Assert.True(gap >= pause, $"429 #{k + 1} came {gap.TotalMilliseconds:0} ms after #{k}; the client should have paused {pause.TotalMilliseconds:0} ms");
        }

        Assert.Empty(rig.Simulator.Faults);
    }

    [Fact]
    public async Task Reads_against_a_limit_lower_than_gates_wait_for_its_reset_and_the_retry_after_each_429_succeeds()
    {
        var limit = new SimRateLimit(8, TimeSpan.FromSeconds(1));
        await using var rig = await GateFaultRig.StartAsync(o => o with { PrivateRateLimit = limit }, o => new()
        {
            // The client's own limiter allows Gate's published 200 per 10 s burst: only the exchange's answers slow it.
            BaseUrl = o.BaseUrl, HttpTimeout = o.HttpTimeout, RateRps = 20, RateBurst = 200, MaxRateLimitWait = TimeSpan.FromSeconds(5),
        });

        // A cold first measurement of Gate's clock (a slow round trip) is the realistic case: the offset is least sure.
        _ = await rig.Exchange.FetchServerTimeAsync(CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var failures = 0;
        for (var i = 0; i < 24; i++)
        {
            failures += (await rig.Broker.GetBalancesAsync(CancellationToken.None)).IsSuccess ? 0 : 1;
        }

        watch.Stop();
        Assert.Equal(0, failures);
        var answers = rig.SimLogs.Entries
            .Where(e => e.EventId.Id == 2 && e.Message.Contains($" GET {rig.Simulator.BaseUrl}/spot/accounts", StringComparison.Ordinal))
            .Select(e => e.Message.Contains(" - 429 ", StringComparison.Ordinal) ? 429 : 200)
            .ToList();

        // A 429 closes the endpoint until Gate's reset (at the latest our clock can place it): the retry then succeeds,
        // so there is one refusal per window used up, never two in a row.
        Assert.Equal(24, answers.Count(s => s == 200));
        Assert.InRange(answers.Count(s => s == 429), 1, 3);
        Assert.DoesNotContain(answers.Zip(answers.Skip(1)), pair => pair is (429, 429));

        // Three windows' worth of reads cross at least two window boundaries: more than one whole window.
        Assert.True(watch.Elapsed >= limit.Window, $"24 reads at 8 per second took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_placement_refused_with_429_is_rejected_once_not_resent_and_the_next_intent_is_placed_after_the_pause()
    {
        await using var rig = await GateFaultRig.StartAsync();
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "POST", Path = "/spot/orders", Count = 1, Status = 429 });

        var refused = await rig.BuyAsync(100m);

        Assert.Equal(TradeOutcomeKind.Rejected, refused.Kind);
        Assert.Equal(ErrorCode.RateLimited, refused.Error!.Code);
        Assert.Empty(rig.Ledger.Orders);
        Assert.Single(rig.SimRequests("POST", "/spot/orders"));

        // The same intent is not sent again; a new one (the next bucket) goes out once the endpoint's pause is over.
        Assert.Equal(TradeOutcomeKind.Duplicate, (await rig.BuyAsync(100m)).Kind);
        rig.Time.Advance(ExecutionPolicy.Default.Bucket);
        var placed = await rig.BuyAsync(100m);

        Assert.Equal(TradeOutcomeKind.Executed, placed.Kind);
        Assert.Equal(2, rig.SimRequests("POST", "/spot/orders").Count);
        await LedgerAssert.MatchesSimulatorAsync(rig, placed.Order!.ClientOrderId);
        Assert.Empty(rig.SimOrders(refused.Order!.ClientOrderId));
        await LedgerAssert.PositionMatchesTradesAsync(rig);
    }

    [Fact]
    public async Task Placements_in_quick_succession_stay_within_gates_ten_a_second_and_every_intent_gets_its_order()
    {
        await using var rig = await GateFaultRig.StartAsync();
        _ = await rig.Exchange.FetchMarketAsync(GateFaultRig.Btc, CancellationToken.None);

        // Gate (and the simulator) count placements in whole-second windows: start at the top of one, where a burst
        // followed by the refill would have the most room to overrun it.
        var now = TimeProvider.System.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(now.UtcTicks % TimeSpan.TicksPerSecond) + TimeSpan.FromMilliseconds(10), TimeProvider.System);
        var watch = Stopwatch.StartNew();
        var outcomes = new List<TradeOutcome>();
        for (var i = 0; i < 12; i++)
        {
            outcomes.Add(await rig.BuyAsync(10m, $"entry-{i}"));
        }

        watch.Stop();
        Assert.All(outcomes, o => Assert.Equal(TradeOutcomeKind.Executed, o.Kind));
        Assert.Empty(rig.SimAnswers("POST", "/spot/orders", 429));
        Assert.Equal(12, rig.Ledger.Orders.Count);
        await LedgerAssert.PositionMatchesTradesAsync(rig);

        // The client paced itself instead: a burst of two, then eight a second.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.2), $"12 placements took {watch.Elapsed.TotalMilliseconds:0} ms");
    }
}
