using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>Candle series by (symbol, timeframe), sorted by open time in milliseconds. Guarded by the store's lock.</summary>
internal sealed class InMemoryCandles
{
    private readonly Dictionary<(Symbol, string), SortedList<long, Candle>> _series = [];

    public void Save(Symbol symbol, Timeframe timeframe, IEnumerable<Candle> candles)
    {
        if (!_series.TryGetValue((symbol, timeframe.Code), out var series))
        {
            series = [];
            _series[(symbol, timeframe.Code)] = series;
        }

        foreach (var candle in candles)
        {
            series[UnixMilliseconds.From(candle.OpenTime)] = candle with { OpenTime = UnixMilliseconds.Truncate(candle.OpenTime) };
        }
    }

    /// <summary>Open times in [<paramref name="fromMs"/>, <paramref name="toMs"/>): a binary search, then a walk.</summary>
    public IReadOnlyList<Candle> Range(Symbol symbol, Timeframe timeframe, long fromMs, long toMs)
    {
        if (!_series.TryGetValue((symbol, timeframe.Code), out var series))
        {
            return [];
        }

        var keys = series.Keys;
        var (low, high) = (0, keys.Count);
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            (low, high) = keys[mid] < fromMs ? (mid + 1, high) : (low, mid);
        }

        var result = new List<Candle>();
        for (var i = low; i < keys.Count && keys[i] < toMs; i++)
        {
            result.Add(series.Values[i]);
        }

        return result;
    }
}
