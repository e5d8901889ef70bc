using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.MarketSimulation;

/// <summary>The simulator with a market timeframe: compressed market time, real higher-timeframe aggregates.</summary>
public sealed class MarketTimeSimulatorTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset Start = new(2026, 1, 7, 12, 0, 2, TimeSpan.Zero);

    private static MarketSimulator Create(TimeProvider clock, int history = 2_000) => new(
        new MarketSimulatorOptions { MarketTimeframe = Timeframe.M15, HistoryCandles = history, Symbols = [Btc] }, clock);

    private static async Task<IReadOnlyList<Candle>> Candles(MarketSimulator simulator, Timeframe timeframe, int limit) =>
        (await simulator.GetClosedCandlesAsync(Btc, timeframe, limit, CancellationToken.None)).Value;

    [Fact]
    public async Task Each_simulated_candle_is_one_aligned_period_of_the_market_timeframe()
    {
        var clock = new ManualTimeProvider(Start);
        var simulator = Create(clock);

        var before = await Candles(simulator, Timeframe.M15, 2_000);
        clock.Advance(TimeSpan.FromSeconds(5)); // one candle period of real time
        var after = await Candles(simulator, Timeframe.M15, 1);

        Assert.Equal(2_000, before.Count);
        Assert.All(before, c => Assert.True(Timeframe.M15.IsAligned(c.OpenTime)));
        for (var i = 1; i < before.Count; i++)
        {
            Assert.Equal(before[i - 1].OpenTime + Timeframe.M15.Duration, before[i].OpenTime);
        }

        Assert.Equal(before[^1].OpenTime + Timeframe.M15.Duration, after[0].OpenTime);
    }

    [Fact]
    public async Task Higher_timeframes_are_complete_aggregates_of_the_market_candles()
    {
        var simulator = Create(new ManualTimeProvider(Start));

        var quarters = await Candles(simulator, Timeframe.M15, 2_000);
        var hours = await Candles(simulator, Timeframe.H1, 10);
        var weeks = await Candles(simulator, Timeframe.W1, 10);

        Assert.Equal(10, hours.Count);
        foreach (var hour in hours)
        {
            var parts = quarters.Where(q => Timeframe.H1.BucketStart(q.OpenTime) == hour.OpenTime).ToArray();
            Assert.Equal(4, parts.Length);
            Assert.Equal(
                (parts[0].Open, parts.Max(p => p.High), parts.Min(p => p.Low), parts[^1].Close, parts.Sum(p => p.Volume)),
                (hour.Open, hour.High, hour.Low, hour.Close, hour.Volume));
        }

        Assert.True(hours[^1].OpenTime + Timeframe.H1.Duration <= quarters[^1].OpenTime + Timeframe.M15.Duration, "a forming hour was served");
        // 2,000 quarters are under three weeks: the first, partial week is never served as a candle.
        Assert.InRange(weeks.Count, 1, 2);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.OpenTime.DayOfWeek));
        Assert.All(weeks, w => Assert.True(w.OpenTime >= quarters[0].OpenTime));
    }

    [Fact]
    public async Task A_timeframe_the_market_candles_cannot_make_is_a_clear_error()
    {
        var result = await Create(new ManualTimeProvider(Start)).GetClosedCandlesAsync(Btc, Timeframe.M5, 10, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCode.Validation, result.Error.Code);
        Assert.Equal("The market simulator trades 15m candles; 5m candles cannot be built from them.", result.Error.Message);
    }
}
