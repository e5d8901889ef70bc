using System.Globalization;
using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Testing;

/// <summary>Reads the shared real-candle CSV files (<c>timestamp_ms,open,high,low,close,volume</c>) for tests.</summary>
public static class CandleFiles
{
    public static Candle[] Load(string sharedRelativePath, int? take = null)
    {
        var candles = new List<Candle>();
        foreach (var line in File.ReadLines(RepositoryPaths.Shared(sharedRelativePath)).Skip(1))
        {
            if (take is { } limit && candles.Count >= limit)
            {
                break;
            }

            var f = line.Split(',');
            candles.Add(new Candle(
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture)),
                decimal.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[5], CultureInfo.InvariantCulture)));
        }

        return [.. candles];
    }
}
