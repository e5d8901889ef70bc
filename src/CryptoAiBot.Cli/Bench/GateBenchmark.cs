using System.Diagnostics;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// The Gate.io client against the in-process simulator on 127.0.0.1. Latency: requests one at a time, paced under
/// Gate's limits so the rate limiter never holds one, each split into the simulator's own handling time (its gateway
/// headers) and what the client and the loopback hop add. Throughput: several callers at once as fast as the client's
/// limiter (BROKER_RATE_RPS / BROKER_RATE_BURST defaults) lets them, counting any 429 the exchange answers.
/// </summary>
internal static class GateBenchmark
{
    private const string Key = "bench-key";
    private const string Secret = "bench-secret";
    private const int Callers = 4;
    private const decimal OrderQuote = 5m;

    // Gate's published limits (facts.md §6), which the client never exceeds whatever it is configured with.
    private const double ReadLimit = 20;
    private const double PlacementLimit = 10;

    private static readonly Symbol Pair = Symbol.Parse("BTC/USDT");

    public static async Task<GateBenchReport> RunAsync(int reads, int orders, int warmUp, CancellationToken cancellationToken)
    {
        var options = new GateSimulatorOptions
        {
            AutoAdvance = false,
            HistoryDays = 1,
            Accounts = [new() { Key = Key, Secret = Secret, Balances = new Dictionary<string, decimal> { ["USDT"] = 10_000_000m } }],
        };
        await using var simulator = await GateSimulator.StartAsync(options, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        var timings = new ServerTimings();
        var services = new ServiceCollection();
        services.AddHttpClient(GateClientOptions.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(() => new ServerTimingHandler(timings));
        await using var provider = services.BuildServiceProvider();
        var orderIds = 0;
        Func<GateExchange, CancellationToken, Task<Error?>> ticker = async (client, ct) => (await client.FetchTickerAsync(Pair, ct).ConfigureAwait(false)).Error;
        Func<GateExchange, CancellationToken, Task<Error?>> balance = async (client, ct) => (await client.FetchBalanceAsync(ct).ConfigureAwait(false)).Error;
        Func<GateExchange, CancellationToken, Task<Error?>> order = async (client, ct) => (await client.CreateMarketBuyAsync(
            Pair, OrderQuote, new ClientOrderId($"bench{Interlocked.Increment(ref orderIds)}"), ct).ConfigureAwait(false)).Error;

        // Latency: the client allowed Gate's full rates, requests paced at 80 % of them.
        using var paced = Client(provider, new GateClientOptions { BaseUrl = simulator.BaseUrl, RateRps = (decimal)ReadLimit, RateBurst = 200 });
        var readPace = TimeSpan.FromSeconds(1 / (ReadLimit * 0.8));
        var orderPace = TimeSpan.FromSeconds(1 / (PlacementLimit * 0.8));
        await MeasureAsync("warm-up", ct => ticker(paced, ct), warmUp, readPace, timings, cancellationToken).ConfigureAwait(false);
        await MeasureAsync("warm-up", ct => balance(paced, ct), warmUp, readPace, timings, cancellationToken).ConfigureAwait(false);
        await MeasureAsync("warm-up", ct => order(paced, ct), Math.Max(1, warmUp / 3), orderPace, timings, cancellationToken).ConfigureAwait(false);
        var latencies = new[]
        {
            await MeasureAsync("ticker", ct => ticker(paced, ct), reads, readPace, timings, cancellationToken).ConfigureAwait(false),
            await MeasureAsync("balance", ct => balance(paced, ct), reads, readPace, timings, cancellationToken).ConfigureAwait(false),
            await MeasureAsync("order", ct => order(paced, ct), orders, orderPace, timings, cancellationToken).ConfigureAwait(false),
        };

        // Throughput: a fresh client with the bot's defaults, so each endpoint starts with a full bucket.
        var defaults = new GateClientOptions { BaseUrl = simulator.BaseUrl };
        using var fresh = Client(provider, defaults);
        var rate = (double)defaults.RateRps;
        var throughputs = new[]
        {
            await SustainAsync("ticker", ct => ticker(fresh, ct), reads, Math.Min(rate, ReadLimit), timings, cancellationToken).ConfigureAwait(false),
            await SustainAsync("balance", ct => balance(fresh, ct), reads, Math.Min(rate, ReadLimit), timings, cancellationToken).ConfigureAwait(false),
            await SustainAsync("order", ct => order(fresh, ct), orders, Math.Min(rate, PlacementLimit), timings, cancellationToken).ConfigureAwait(false),
        };
        return new GateBenchReport(latencies, throughputs, defaults.RateRps, defaults.RateBurst, warmUp);
    }

    private static GateExchange Client(ServiceProvider provider, GateClientOptions options) => new(
        provider.GetRequiredService<IHttpClientFactory>(), options, new GateCredentials(Key, new Secret(Secret)), TimeProvider.System,
        NullLogger<GateExchange>.Instance);

    private static async Task<GateLatency> MeasureAsync(
        string endpoint, Func<CancellationToken, Task<Error?>> call, int count, TimeSpan pace, ServerTimings timings, CancellationToken cancellationToken)
    {
        var samples = new List<(double Client, double Server)>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var error = await call(cancellationToken).ConfigureAwait(false);
            var client = Stopwatch.GetElapsedTime(started);
            if (error is not null)
            {
                throw new InvalidOperationException($"{endpoint}: {error.Message}");
            }

            samples.Add((client.TotalMicroseconds, timings.LastMicroseconds));
            var rest = pace - Stopwatch.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
        }

        return GateLatency.From(endpoint, samples);
    }

    private static async Task<GateThroughput> SustainAsync(
        string endpoint, Func<CancellationToken, Task<Error?>> call, int count, double limit, ServerTimings timings, CancellationToken cancellationToken)
    {
        timings.ResetCounts();
        var completed = new long[count];
        var next = -1;
        var done = -1;
        var failed = 0;
        var started = Stopwatch.GetTimestamp();
        async Task CallerAsync()
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var error = await call(cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    Interlocked.Increment(ref failed);
                }

                completed[Interlocked.Increment(ref done)] = Stopwatch.GetTimestamp();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => CallerAsync())).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started, completed[^1]);

        // The second half of the run, long after the opening burst the client's bucket allows: the rate it sustains.
        var half = count / 2;
        var steady = (count - 1 - half) / Stopwatch.GetElapsedTime(completed[half], completed[^1]).TotalSeconds;
        return new GateThroughput(endpoint, count, failed, timings.TooManyRequests, elapsed, steady, limit);
    }
}
