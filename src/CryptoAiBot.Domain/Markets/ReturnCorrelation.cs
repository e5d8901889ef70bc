using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Markets;

/// <summary>Pearson correlation of two markets' log returns over candles with matching open times.</summary>
public static class ReturnCorrelation
{
    /// <summary>The correlation in [-1, 1], or null when fewer than 10 matching returns exist.</summary>
    public static decimal? Compute(IReadOnlyList<Candle> first, IReadOnlyList<Candle> second)
    {
        var closes = second.GroupBy(c => c.OpenTime).ToDictionary(g => g.Key, g => (double)g.Last().Close);
        var pairs = new List<(double A, double B)>();
        for (var i = 1; i < first.Count; i++)
        {
            if (closes.TryGetValue(first[i].OpenTime, out var b1) && closes.TryGetValue(first[i - 1].OpenTime, out var b0)
                && first[i - 1].Close > 0 && b0 > 0 && b1 > 0)
            {
                pairs.Add((Math.Log((double)(first[i].Close / first[i - 1].Close)), Math.Log(b1 / b0)));
            }
        }

        if (pairs.Count < 10)
        {
            return null;
        }

        double meanA = pairs.Average(p => p.A), meanB = pairs.Average(p => p.B);
        double cov = 0, varA = 0, varB = 0;
        foreach (var (a, b) in pairs)
        {
            cov += (a - meanA) * (b - meanB);
            varA += (a - meanA) * (a - meanA);
            varB += (b - meanB) * (b - meanB);
        }

        return varA <= 0 || varB <= 0 ? null : (decimal)Math.Clamp(cov / Math.Sqrt(varA * varB), -1d, 1d);
    }
}
