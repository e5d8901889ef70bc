namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>
/// The prints of one pair, oldest first, from which candles and 24 h statistics are made. A period without
/// prints repeats the previous close with zero volume, as a quiet market does; nothing is served before the
/// first print.
/// </summary>
internal sealed class PriceHistory
{
    // One print a second for about twelve days; older prints are dropped in blocks.
    private const int MaxPoints = 1_000_000;
    private const int DropBlock = 100_000;

    private readonly List<PricePoint> _points = [];

    public int Count => _points.Count;

    public void Add(PricePoint point)
    {
        if (_points.Count >= MaxPoints)
        {
            _points.RemoveRange(0, DropBlock);
        }

        _points.Add(point);
    }

    public IReadOnlyList<CandleRow> Candles(CandleInterval interval, DateTimeOffset firstBucket, DateTimeOffset lastBucket, DateTimeOffset now)
    {
        var rows = new List<CandleRow>();
        var index = FirstAtOrAfter(firstBucket);
        decimal? previousClose = index > 0 ? _points[index - 1].Price : null;
        for (var bucket = firstBucket; bucket <= lastBucket; bucket = interval.Next(bucket))
        {
            var end = interval.Next(bucket);
            decimal open = 0, high = 0, low = 0, close = 0, volume = 0, quoteVolume = 0;
            var any = false;
            for (; index < _points.Count && _points[index].Time < end; index++)
            {
                var point = _points[index];
                open = any ? open : point.Price;
                high = any ? Math.Max(high, point.Price) : point.Price;
                low = any ? Math.Min(low, point.Price) : point.Price;
                close = point.Price;
                volume += point.Volume;
                quoteVolume += point.Volume * point.Price;
                any = true;
            }

            if (!any && previousClose is { } flat)
            {
                (open, high, low, close) = (flat, flat, flat, flat);
                any = true;
            }

            if (any)
            {
                rows.Add(new CandleRow(bucket, quoteVolume, close, high, low, open, volume, end <= now));
                previousClose = close;
            }
        }

        return rows;
    }

    /// <summary>Open, high, low and volumes of the prints since <paramref name="since"/> (open: the last print before it, if any).</summary>
    public (decimal Open, decimal High, decimal Low, decimal BaseVolume, decimal QuoteVolume) Since(DateTimeOffset since, decimal last)
    {
        var index = FirstAtOrAfter(since);
        var open = index > 0 ? _points[index - 1].Price : index < _points.Count ? _points[index].Price : last;
        decimal high = last, low = last, volume = 0, quoteVolume = 0;
        for (; index < _points.Count; index++)
        {
            var point = _points[index];
            high = Math.Max(high, point.Price);
            low = Math.Min(low, point.Price);
            volume += point.Volume;
            quoteVolume += point.Volume * point.Price;
        }

        return (open, high, low, volume, quoteVolume);
    }

    private int FirstAtOrAfter(DateTimeOffset time)
    {
        int low = 0, high = _points.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_points[middle].Time < time)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
