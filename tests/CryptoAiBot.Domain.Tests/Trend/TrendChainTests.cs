using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>
/// In a filter with several weighted timeframes, each longer timeframe is built from the closes of the
/// shorter one (4h from 1h, 1d from 4h, ...). These tests check that this yields, candle for candle, what a
/// filter weighting that timeframe alone — built directly from the trading candles — yields, gaps included.
/// </summary>
public sealed class TrendChainTests
{
    private static readonly Timeframe[] All = [Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1, Timeframe.W1];
    private static readonly TrendWeights Five = new(0.1m, 0.4m, 0.3m, 0.1m, 0.1m);
    private static readonly TrendFilterSettings Short = TrendFilterTests.Short;

    [Fact]
    public void Chained_timeframes_match_direct_ones_on_real_candles() =>
        AssertChainMatchesDirect(TrendCandles.BtcMinutes, TrendFilterSettings.Default, minimumDays: 40);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Chained_timeframes_match_direct_ones_with_random_gaps(int seed)
    {
        // Five weeks of minutes; about one in 300 starts a gap of up to 10 hours.
        var random = new Random(seed);
        var candles = new List<Candle>();
        var all = TrendCandles.Minutes(35 * 24 * 60, i => 1_000m + (decimal)Math.Sin(i / 700d) * 100m + (i % 37));
        for (var i = 0; i < all.Length; i++)
        {
            if (random.Next(300) == 0)
            {
                i += random.Next(1, 600);
                continue;
            }

            candles.Add(all[i]);
        }

        AssertChainMatchesDirect([.. candles], Short, minimumDays: 20);
    }

    private static void AssertChainMatchesDirect(Candle[] candles, TrendFilterSettings settings, int minimumDays)
    {
        var chained = new TrendFilter(Timeframe.M1, Five, settings);
        var direct = All.Select(tf => new TrendFilter(Timeframe.M1, Only(tf), settings)).ToArray();

        foreach (var candle in candles)
        {
            var verdict = chained.OnCandle(candle);
            for (var k = 0; k < All.Length; k++)
            {
                var alone = direct[k].OnCandle(candle);
                Assert.Equal(direct[k].ClosedCandles(All[k]), chained.ClosedCandles(All[k]));
                Assert.Equal(direct[k].ComponentScore(All[k]), chained.ComponentScore(All[k]));
                Assert.True(!alone.Stale || verdict.Stale, $"{All[k]} stale alone but not in the chain at {candle.OpenTime:O}");
            }
        }

        Assert.True(chained.ClosedCandles(Timeframe.D1) >= minimumDays);
    }

    private static TrendWeights Only(Timeframe timeframe) => new(
        timeframe == Timeframe.M15 ? 1m : 0m,
        timeframe == Timeframe.H1 ? 1m : 0m,
        timeframe == Timeframe.H4 ? 1m : 0m,
        timeframe == Timeframe.D1 ? 1m : 0m,
        timeframe == Timeframe.W1 ? 1m : 0m);
}
