using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.MarketSimulation;

public sealed class MarketSimulatorTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly Symbol Eth = Symbol.Parse("ETH/USDT");
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    // Deliberately 2 s into a 5 s candle: the forming candle must never be returned.
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 2, TimeSpan.Zero);

    [Fact]
    public async Task History_of_closed_aligned_candles_is_available_at_start()
    {
        var clock = new ManualTimeProvider(Start);
        var candles = await Candles(Create(clock), Btc, 1000);

        Assert.Equal(300, candles.Count);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 11, 59, 55, TimeSpan.Zero), candles[^1].OpenTime);
        Assert.True(candles[^1].OpenTime + Period <= clock.GetUtcNow());
        Assert.All(candles, c => Assert.Equal(0, c.OpenTime.ToUnixTimeMilliseconds() % 5000));
        for (var i = 1; i < candles.Count; i++)
        {
            Assert.Equal(candles[i - 1].OpenTime + Period, candles[i].OpenTime);
        }
    }

    [Fact]
    public async Task Candles_are_consistent_and_positive()
    {
        var clock = new ManualTimeProvider(Start);
        var simulator = Create(clock);
        clock.Advance(TimeSpan.FromMinutes(30));
        var candles = await Candles(simulator, Btc, 600);

        Assert.Equal(600, candles.Count);
        Assert.All(candles, c =>
        {
            Assert.True(c.Low > 0);
            Assert.True(c.Low <= c.Open && c.Open <= c.High, $"open out of range at {c.OpenTime}");
            Assert.True(c.Low <= c.Close && c.Close <= c.High, $"close out of range at {c.OpenTime}");
            Assert.True(c.Volume > 0);
            Assert.Equal(c.Close, decimal.Round(c.Close, 2));
        });
        for (var i = 1; i < candles.Count; i++)
        {
            Assert.Equal(candles[i - 1].Close, candles[i].Open);
        }
    }

    [Fact]
    public async Task Same_seed_gives_the_same_market()
    {
        var clockA = new ManualTimeProvider(Start);
        var clockB = new ManualTimeProvider(Start);
        var a = Create(clockA);
        var b = Create(clockB);
        clockA.Advance(TimeSpan.FromMinutes(3));
        clockB.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(await Candles(a, Btc, 500), await Candles(b, Btc, 500));
        Assert.Equal((await a.GetTickerAsync(Btc, default)).Value, (await b.GetTickerAsync(Btc, default)).Value);
    }

    [Fact]
    public async Task Different_seed_or_symbol_gives_a_different_market()
    {
        var clock = new ManualTimeProvider(Start);
        var seed42 = await Candles(Create(clock, seed: 42), Btc, 300);
        var seed43 = await Candles(Create(clock, seed: 43), Btc, 300);
        var eth = await Candles(Create(clock, seed: 42), Eth, 300);

        Assert.NotEqual(seed42.Select(c => c.Close), seed43.Select(c => c.Close));
        Assert.NotEqual(seed42.Select(c => c.Close), eth.Select(c => c.Close));
    }

    [Fact]
    public async Task Path_does_not_depend_on_how_often_it_is_queried()
    {
        var oftenClock = new ManualTimeProvider(Start);
        var rarelyClock = new ManualTimeProvider(Start);
        var often = Create(oftenClock);
        var rarely = Create(rarelyClock);
        for (var i = 0; i < 130; i++)
        {
            oftenClock.Advance(TimeSpan.FromMilliseconds(730));
            await often.GetTickerAsync(Btc, default);
            await often.GetClosedCandlesAsync(Btc, Timeframe.M15, 5, default);
        }

        rarelyClock.Advance(TimeSpan.FromMilliseconds(730 * 130));

        Assert.Equal(await Candles(rarely, Btc, 400), await Candles(often, Btc, 400));
        Assert.Equal((await rarely.GetTickerAsync(Btc, default)).Value, (await often.GetTickerAsync(Btc, default)).Value);
    }

    [Fact]
    public async Task Prices_advance_with_the_clock_one_candle_per_period()
    {
        var clock = new ManualTimeProvider(Start);
        var simulator = Create(clock);
        var before = await Candles(simulator, Btc, 1);
        var tickerBefore = (await simulator.GetTickerAsync(Btc, default)).Value;

        clock.Advance(TimeSpan.FromSeconds(2.9)); // 12:00:04.9 — the 12:00:00 candle is still forming
        Assert.Equal(before, await Candles(simulator, Btc, 1));

        clock.Advance(TimeSpan.FromSeconds(15.1)); // 12:00:20 — candles of 12:00:00 to 12:00:15 closed
        var after = await Candles(simulator, Btc, 5);
        var tickerAfter = (await simulator.GetTickerAsync(Btc, default)).Value;

        Assert.Equal(before[0], after[0]);
        Assert.Equal(
            [Start.AddSeconds(-2), Start.AddSeconds(3), Start.AddSeconds(8), Start.AddSeconds(13)],
            after.Skip(1).Select(c => c.OpenTime));
        Assert.Equal(after[^1].Close, tickerAfter.Last);
        Assert.Equal(clock.GetUtcNow(), tickerAfter.Time);
        Assert.NotEqual(tickerBefore.Last, tickerAfter.Last);
    }

    [Fact]
    public async Task Ticker_has_bid_below_ask_at_least_a_tick_apart_around_the_last_price()
    {
        var clock = new ManualTimeProvider(Start);
        var simulator = Create(clock);
        for (var i = 0; i < 300; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            var ticker = (await simulator.GetTickerAsync(Btc, default)).Value;

            Assert.True(ticker.Bid > 0);
            Assert.True(ticker.Ask - ticker.Bid >= 0.01m, $"spread {ticker.Ask - ticker.Bid} under a tick");
            Assert.InRange(ticker.Last, ticker.Bid, ticker.Ask);
            Assert.InRange(ticker.SpreadPct, 0.0001m, 0.2m);
        }
    }

    [Fact]
    public async Task Candle_returns_have_plausible_volatility()
    {
        var clock = new ManualTimeProvider(Start);
        var closes = (await Candles(Create(clock), Btc, 300)).Select(c => (double)c.Close).ToArray();
        var returns = closes.Skip(1).Zip(closes, (now, before) => Math.Log(now / before)).ToArray();
        var mean = returns.Average();
        var std = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));

        // Ten steps per candle at 0.05%..0.4% each: sqrt(10) times that, with room for sampling noise.
        Assert.InRange(std, 0.001, 0.015);
    }

    [Fact]
    public async Task Unknown_symbol_is_an_invalid_symbol_error()
    {
        var simulator = Create(new ManualTimeProvider(Start));
        var doge = Symbol.Parse("DOGE/USDT");

        Assert.Equal(ErrorCode.InvalidSymbol, (await simulator.GetTickerAsync(doge, default)).Error?.Code);
        Assert.Equal(ErrorCode.InvalidSymbol, (await simulator.GetClosedCandlesAsync(doge, Timeframe.M1, 5, default)).Error?.Code);
    }

    [Fact]
    public async Task Non_positive_limit_is_a_validation_error()
    {
        var simulator = Create(new ManualTimeProvider(Start));

        Assert.Equal(ErrorCode.Validation, (await simulator.GetClosedCandlesAsync(Btc, Timeframe.M1, 0, default)).Error?.Code);
    }

    [Fact]
    public void Invalid_options_are_all_reported_at_once()
    {
        var options = new MarketSimulatorOptions { StartPrice = 0m, StepsPerCandle = 0, HistoryCandles = -1, Symbols = [] };

        Assert.Equal(4, options.Validate().Count);
        Assert.Throws<ArgumentException>(() => new MarketSimulator(options, new ManualTimeProvider(Start)));
    }

    private static MarketSimulator Create(ManualTimeProvider clock, int seed = 42) =>
        new(new MarketSimulatorOptions { Seed = seed, CandlePeriod = Period, Symbols = [Btc, Eth] }, clock);

    private static async Task<IReadOnlyList<Candle>> Candles(MarketSimulator simulator, Symbol symbol, int limit)
    {
        var result = await simulator.GetClosedCandlesAsync(symbol, Timeframe.M15, limit, default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }
}
