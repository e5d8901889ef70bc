using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Infrastructure.MarketSimulation;

/// <summary>
/// Deterministic candle streams for benchmarks and demos: a seeded log-normal random walk with
/// occasional volatility changes, contiguous and aligned to the timeframe, produced lazily so that a
/// million candles cost no memory. Not market data: nothing is learned from it.
/// </summary>
public static class SyntheticCandles
{
    public static IEnumerable<Candle> Generate(int count, int seed, DateTimeOffset start, Timeframe timeframe, decimal startPrice = 30_000m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var price = (double)startPrice;
        var volatility = 0.0015;
        var time = start;
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.001)
            {
                volatility = 0.0005 + random.NextDouble() * 0.003;
            }

            var open = price;
            var high = open;
            var low = open;
            for (var step = 0; step < 4; step++)
            {
                price *= Math.Exp(volatility * Gaussian(random) / 2);
                high = Math.Max(high, price);
                low = Math.Min(low, price);
            }

            yield return new Candle(
                time,
                Round(open),
                Round(high),
                Round(low),
                Round(price),
                Math.Round((decimal)(random.NextDouble() * 10), 6));
            time += timeframe.Duration;
        }
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 2);

    private static double Gaussian(Random random)
    {
        // Box-Muller: two uniforms make one standard normal.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
