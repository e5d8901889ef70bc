using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

public sealed class TrendAllocationTests
{
    [Fact]
    public void Feeding_and_evaluating_allocates_nothing()
    {
        var candles = TrendCandles.BtcMinutes;
        var weights = new TrendWeights(0.1m, 0.4m, 0.3m, 0.1m, 0.1m);
        Run(new TrendFilter(Timeframe.M1, weights), candles.AsSpan(0, 20_000));
        TrendFilter[] filters = [new(Timeframe.M1, weights), new(Timeframe.M1, weights), new(Timeframe.M1, weights)];
        var allowed = 0;

        var allocated = AllocationProbe.Least(window => allowed += Run(filters[window], candles));

        Assert.Equal(0, allocated);
        Assert.True(allowed >= 0);
    }

    private static int Run(TrendFilter filter, ReadOnlySpan<Candle> candles)
    {
        var allowed = 0;
        foreach (ref readonly var candle in candles)
        {
            var verdict = filter.OnCandle(candle);
            allowed += verdict.AllowsEntry ? 1 : 0;
            allowed += filter.Evaluate(candle.OpenTime.AddHours(5)).Stale ? 0 : 1;
        }

        return allowed;
    }
}
