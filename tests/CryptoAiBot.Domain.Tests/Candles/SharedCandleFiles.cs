using System.Collections.Concurrent;
using System.Globalization;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Domain.Tests.Candles;

/// <summary>
/// Loads the real candle files of <c>../shared/data</c> with a deliberately plain reader (string split,
/// no validation), independent of the production CSV reader, and caches them per test run.
/// </summary>
internal static class SharedCandleFiles
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Candle>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<Candle> Load(string relative) => Cache.GetOrAdd(relative, static r => Read(RepositoryPaths.Shared("data/" + r)));

    private static List<Candle> Read(string path)
    {
        var candles = new List<Candle>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            candles.Add(new Candle(
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture)),
                Number(f[1]),
                Number(f[2]),
                Number(f[3]),
                Number(f[4]),
                Number(f[5])));
        }

        return candles;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
