using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

/// <summary>Each indicator's update allocates nothing: 100k updates on real candles, after a warm-up pass that JIT-compiles the code.</summary>
public sealed class IndicatorAllocationTests
{
    private const int Updates = 100_000;

    [Fact]
    public void Sma_update_allocates_nothing() => AssertNoAllocation(new Sma(20), static (sma, s, i) => sma.Update(s.Close[i]));

    [Fact]
    public void Ema_update_allocates_nothing() => AssertNoAllocation(new Ema(26), static (ema, s, i) => ema.Update(s.Close[i]));

    [Fact]
    public void Rsi_update_allocates_nothing() => AssertNoAllocation(new Rsi(14), static (rsi, s, i) => rsi.Update(s.Close[i]));

    [Fact]
    public void Bollinger_update_allocates_nothing() => AssertNoAllocation(new BollingerBands(20, 2d), static (bands, s, i) => bands.Update(s.Close[i]));

    [Fact]
    public void Atr_update_allocates_nothing() => AssertNoAllocation(new Atr(14), static (atr, s, i) => atr.Update(s.High[i], s.Low[i], s.Close[i]));

    [Fact]
    public void Macd_update_allocates_nothing() => AssertNoAllocation(new Macd(), static (macd, s, i) => macd.Update(s.Close[i]));

    [Fact]
    public void Rolling_extremes_allocate_nothing()
    {
        AssertNoAllocation(new RollingMaximum(20), static (max, s, i) => max.Update(s.Close[i]));
        AssertNoAllocation(new RollingMinimum(20), static (min, s, i) => min.Update(s.Close[i]));
    }

    private static void AssertNoAllocation<T>(T indicator, Action<T, CandleSeries, int> update)
    {
        // ETH 15m: more than 100k candles; the loop wraps anyway, in case a file is shorter.
        var series = RealCandles.EthUsdt15m;
        Feed(indicator, update, series, 1_000);

        var allocated = AllocationProbe.Least(_ => Feed(indicator, update, series, Updates));

        Assert.Equal(0, allocated);
    }

    private static void Feed<T>(T indicator, Action<T, CandleSeries, int> update, CandleSeries series, int count)
    {
        for (var i = 0; i < count; i++)
        {
            update(indicator, series, i % series.Count);
        }
    }
}
