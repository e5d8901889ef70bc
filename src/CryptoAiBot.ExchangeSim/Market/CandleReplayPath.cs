using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>
/// Replays a candle file. The first <c>warmup</c> candles become the history, moved in time so that they end
/// at the start; every later candle is walked in four steps (open, the nearer extreme, the other, close), each
/// a quarter of its volume, so limit orders and triggers see its highs and lows. After the last candle the
/// price holds.
/// </summary>
internal sealed class CandleReplayPath : IPricePath
{
    private readonly SimPairOptions _pair;
    private readonly IReadOnlyList<Candle> _warmup;
    private readonly Queue<(decimal Price, decimal Volume)> _steps = new();
    private readonly TimeSpan _interval;

    public CandleReplayPath(SimPairOptions pair, IReadOnlyList<Candle> candles, int warmupCandles)
    {
        _pair = pair;
        var warmupCount = Math.Min(warmupCandles, Math.Max(0, candles.Count - 1));
        _warmup = candles.Take(warmupCount).ToList();
        _interval = candles.Count > 1 ? candles[1].OpenTime - candles[0].OpenTime : TimeSpan.FromMinutes(1);
        foreach (var candle in candles.Skip(warmupCount))
        {
            foreach (var step in Steps(candle))
            {
                _steps.Enqueue((Math.Round(step.Price, pair.Precision), step.Volume));
            }
        }

        StartPrice = Math.Round(_warmup.Count > 0 ? _warmup[^1].Close : candles[0].Open, pair.Precision);
    }

    public decimal StartPrice { get; }

    public IReadOnlyList<PricePoint> History(DateTimeOffset start)
    {
        var points = new List<PricePoint>(_warmup.Count * 4);
        for (var i = 0; i < _warmup.Count; i++)
        {
            var open = start - (_interval * (_warmup.Count - i));
            var quarter = 0;
            foreach (var step in Steps(_warmup[i]))
            {
                points.Add(new PricePoint(open + (_interval * quarter / 4), Math.Round(step.Price, _pair.Precision), step.Volume));
                quarter++;
            }
        }

        return points;
    }

    public (decimal Price, decimal Volume) Next(decimal last) => _steps.TryDequeue(out var step) ? step : (last, 0m);

    private IEnumerable<(decimal Price, decimal Volume)> Steps(Candle candle)
    {
        var volume = Precision.Floor(candle.Volume / 4, _pair.AmountPrecision);
        var (first, second) = candle.Close >= candle.Open ? (candle.Low, candle.High) : (candle.High, candle.Low);
        yield return (candle.Open, volume);
        yield return (first, volume);
        yield return (second, volume);
        yield return (candle.Close, volume);
    }
}
