using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Orchestration;

/// <summary>The trend filter on the live cycle: seeded from native higher-timeframe candles, stale data blocks entries.</summary>
public sealed class TrendGateCycleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TradingPlan FifteenMinutes = TradingRig.Plan() with { Timeframe = Timeframe.M15, CandleLookback = 200 };

    private static EntryPolicy Trend(TrendWeights weights) => new(weights, TrendFilterSettings.Default, SignalFusion.Disabled);

    [Fact]
    public async Task The_first_cycle_seeds_every_weighted_timeframe_from_the_exchange_and_the_status_shows_it()
    {
        var time = new ManualTimeProvider(Monday);
        var rig = new TradingRig(TradingStoreFactory.InMemory(), time);
        var market = new MarketSimulator(
            new MarketSimulatorOptions { MarketTimeframe = Timeframe.M15, HistoryCandles = 24 * 672, Symbols = [TradingRig.BtcUsdt] }, time);
        await using var orchestrator = rig.Orchestrator(
            new ScriptedStrategy { Next = SignalAction.Buy }, FifteenMinutes, marketData: market, entries: Trend(TrendWeights.Default));

        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        var entry = status.Entry!;
        var latest = (await market.GetClosedCandlesAsync(TradingRig.BtcUsdt, Timeframe.M15, 1, CancellationToken.None)).Value[0];
        Assert.Equal(["1h", "4h", "1d", "1w"], entry.Timeframes.Select(t => t.Timeframe));
        Assert.All(entry.Timeframes, t =>
        {
            Assert.True(t.ClosedCandles >= 20, $"{t.Timeframe} took {t.ClosedCandles} candles");
            Assert.NotNull(t.Score);
            Assert.True(t.LastClosedAt <= latest.OpenTime + Timeframe.M15.Duration, $"{t.Timeframe} saw a candle closing after the trading candle");
        });
        Assert.False(entry.Stale);
        Assert.Equal(entry.EntriesAllowed ? "buy" : "filtered", status.LastDecision!.Action);
        Assert.Equal(entry.EntriesAllowed ? 1 : 0, rig.Broker.PlacedCount);

        // The hourly score is the measure of exactly the exchange's own hourly candles, recomputed here.
        var hours = (await market.GetClosedCandlesAsync(TradingRig.BtcUsdt, Timeframe.H1, (int)entry.Timeframes[0].ClosedCandles, CancellationToken.None)).Value;
        var measure = new TrendMeasure(20, 14, 2d);
        foreach (var hour in hours)
        {
            measure.Update(hour);
        }

        Assert.Equal(measure.Score, entry.Timeframes[0].Score!.Value, 12);
    }

    [Fact]
    public async Task After_an_outage_longer_than_two_hours_the_hourly_trend_is_stale_and_buys_are_held_back()
    {
        var time = new ManualTimeProvider(Monday);
        var rig = new TradingRig(TradingStoreFactory.InMemory(), time);
        var market = new GappedMarket(time, Monday.AddHours(1), Monday.AddHours(4));
        var strategy = new ScriptedStrategy { Next = SignalAction.Hold };
        await using var orchestrator = rig.Orchestrator(strategy, FifteenMinutes, marketData: market, entries: Trend(new TrendWeights(0m, 1m, 0m, 0m, 0m)));

        await orchestrator.RunOnceAsync(CancellationToken.None);
        var before = await orchestrator.GetStatusAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(4.5));
        strategy.Next = SignalAction.Buy;
        await orchestrator.RunOnceAsync(CancellationToken.None);
        var after = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.True(before.Entry!.EntriesAllowed, before.Entry.Reason);
        Assert.Equal("hold", before.LastDecision!.Action);
        Assert.Equal(("filtered", "buy signal held back: stale 1h data"), (after.LastDecision!.Action, after.LastDecision.Reason));
        Assert.True(after.Entry!.Stale);
        Assert.Equal("stale 1h data", after.Entry.Reason);
        Assert.Equal(0, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task Candles_that_are_not_of_the_asked_timeframe_are_refused_and_the_trend_is_built_by_resampling()
    {
        var time = new ManualTimeProvider(Monday);
        var rig = new TradingRig(TradingStoreFactory.InMemory(), time);
        var market = new GappedMarket(time, Monday.AddDays(1), Monday.AddDays(1), ignoreTimeframe: true);
        await using var orchestrator = rig.Orchestrator(
            new ScriptedStrategy(), FifteenMinutes, marketData: market, entries: Trend(new TrendWeights(0m, 1m, 0m, 0m, 0m)));

        await orchestrator.RunOnceAsync(CancellationToken.None);
        var hourly = (await orchestrator.GetStatusAsync(CancellationToken.None)).Entry!.Timeframes[0];

        // 15m candles offered as 1h ones would have made 200 "hours"; resampling the 200 trading candles makes 49 or 50.
        Assert.InRange(hourly.ClosedCandles, 49, 50);
        Assert.Equal(Monday, hourly.LastClosedAt);
    }

    /// <summary>
    /// A rising market of 15m candles with an outage between two times; higher timeframes are served as
    /// complete buckets of what exists, so the outage hours are simply missing, as on an exchange.
    /// </summary>
    private sealed class GappedMarket(TimeProvider time, DateTimeOffset outageFrom, DateTimeOffset outageTo, bool ignoreTimeframe = false) : IMarketData
    {
        public ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Result<Ticker>.Success(new Ticker(symbol, 99.99m, 100.01m, 100m, time.GetUtcNow())));

        public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var closed = new List<Candle>();
            for (var open = Monday.AddDays(-5); open + Timeframe.M15.Duration <= now; open += Timeframe.M15.Duration)
            {
                if (open < outageFrom || open >= outageTo)
                {
                    var close = 100m + (decimal)(open - Monday).TotalHours;
                    closed.Add(new Candle(open, close - 0.25m, close + 0.5m, close - 0.5m, close, 1m));
                }
            }

            IReadOnlyList<Candle> candles = timeframe == Timeframe.M15 || ignoreTimeframe
                ? closed
                : CandleResampler.ResampleDetailed(closed, Timeframe.M15, timeframe).Where(c => c.IsClosed && !c.HasGaps).Select(c => c.Candle).ToArray();
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success(candles.Skip(Math.Max(0, candles.Count - limit)).ToArray()));
        }
    }
}
