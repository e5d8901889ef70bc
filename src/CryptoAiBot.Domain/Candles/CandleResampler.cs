namespace CryptoAiBot.Domain.Candles;

/// <summary>
/// Aggregates candles of a lower timeframe (<see cref="From"/>, e.g. 1m or 5m) into a higher one
/// (<see cref="To"/>, e.g. 15m, 1h, 4h, 1d, 1w), one input at a time, without allocating.
/// <para>
/// Buckets are <see cref="Timeframe.BucketStart"/> periods: UTC-aligned, weeks starting Monday 00:00 UTC;
/// offsets and daylight saving time of the input never matter. Open = first input's open, High = max,
/// Low = min, Close = last input's close, Volume = sum.
/// </para>
/// <para>
/// Gaps are kept as gaps: a bucket with no input yields no candle. A bucket with only some of its inputs
/// still yields a candle, built from what exists — dropping it would hide an hour in which the market did
/// trade, and padding it would invent prices. <see cref="ResampledCandle.Count"/> says how many inputs it
/// was built from, so a caller that needs only gap-free candles can filter.
/// </para>
/// <para>
/// A bucket is emitted by <see cref="TryAdd(in Candle, out Candle)"/> when an input of a later bucket
/// arrives. The last bucket is emitted by <see cref="TryFlush(out Candle)"/> and may be incomplete (still
/// forming, or the data ended); <see cref="ResampledCandle.IsClosed"/> and <see cref="IsFormingClosed"/>
/// tell. A live caller that wants a bucket as soon as its last input period is in can call
/// <see cref="TryFlush(out Candle)"/> whenever <see cref="IsFormingClosed"/> is true.
/// </para>
/// Input must be strictly increasing in time and aligned to <see cref="From"/>; anything else throws
/// <see cref="ArgumentException"/> and leaves the resampler unchanged. One instance per series; not thread-safe.
/// </summary>
public sealed class CandleResampler
{
    private readonly long _fromTicks;
    private readonly long _toTicks;

    private bool _hasInput;
    private long _lastInputTicks;
    private bool _hasFlushed;
    private long _flushedBucketTicks;

    private bool _forming;
    private long _bucketTicks;
    private decimal _open;
    private decimal _high;
    private decimal _low;
    private decimal _close;
    private decimal _volume;
    private int _count;

    /// <summary>Creates a resampler; throws <see cref="ArgumentException"/> when <paramref name="from"/> does not divide <paramref name="to"/>.</summary>
    public CandleResampler(Timeframe from, Timeframe to)
    {
        // CountIn throws unless every bucket of 'to' is made of whole periods of 'from'.
        ExpectedCount = from.CountIn(to);
        From = from;
        To = to;
        _fromTicks = from.Duration.Ticks;
        _toTicks = to.Duration.Ticks;
    }

    /// <summary>The timeframe of the input candles.</summary>
    public Timeframe From { get; }

    /// <summary>The timeframe of the output candles.</summary>
    public Timeframe To { get; }

    /// <summary>Input periods per output bucket, e.g. 60 for 1m into 1h.</summary>
    public int ExpectedCount { get; }

    /// <summary>True when a bucket has received input and has not been emitted yet.</summary>
    public bool HasForming => _forming;

    /// <summary>True when the forming bucket has seen its last expected input period, so no input can change it any more.</summary>
    public bool IsFormingClosed => _forming && _lastInputTicks + _fromTicks >= _bucketTicks + _toTicks;

    /// <summary>Adds one input; true with the finished bucket when <paramref name="candle"/> starts a later bucket.</summary>
    public bool TryAdd(in Candle candle, out Candle closed)
    {
        var emitted = TryAddResampled(candle, out var result);
        closed = result.Candle;
        return emitted;
    }

    /// <summary>As <see cref="TryAdd(in Candle, out Candle)"/>, also saying how many inputs the finished bucket was built from.</summary>
    public bool TryAddResampled(in Candle candle, out ResampledCandle closed)
    {
        var ticks = candle.OpenTime.UtcTicks;
        if (_hasInput && ticks <= _lastInputTicks)
        {
            throw new ArgumentException(
                ticks == _lastInputTicks
                    ? $"Duplicate candle at {candle.OpenTime:O}: the previous input had the same open time."
                    : $"Candle at {candle.OpenTime:O} is out of order: it is before the previous input at {Utc(_lastInputTicks):O}.",
                nameof(candle));
        }

        if (!From.IsAligned(candle.OpenTime))
        {
            throw new ArgumentException(
                $"Candle at {candle.OpenTime:O} does not start a {From} period (expected {From.BucketStart(candle.OpenTime):O}).", nameof(candle));
        }

        var bucket = To.BucketStart(candle.OpenTime).UtcTicks;
        if (_hasFlushed && bucket == _flushedBucketTicks)
        {
            throw new ArgumentException(
                $"Candle at {candle.OpenTime:O} belongs to the {To} bucket {Utc(bucket):O}, which was already flushed.", nameof(candle));
        }

        var emitted = false;
        closed = default;
        if (_forming && bucket != _bucketTicks)
        {
            closed = Current(isClosed: true);
            emitted = true;
            _forming = false;
        }

        _hasInput = true;
        _lastInputTicks = ticks;
        if (_forming)
        {
            _high = Math.Max(_high, candle.High);
            _low = Math.Min(_low, candle.Low);
            _close = candle.Close;
            _volume += candle.Volume;
            _count++;
        }
        else
        {
            _forming = true;
            _bucketTicks = bucket;
            (_open, _high, _low, _close, _volume) = (candle.Open, candle.High, candle.Low, candle.Close, candle.Volume);
            _count = 1;
        }

        return emitted;
    }

    /// <summary>
    /// Emits the forming bucket, if any. It may be incomplete: check <see cref="IsFormingClosed"/> first, or
    /// use <see cref="TryFlushResampled"/>. After a flush, input belonging to the flushed bucket is refused.
    /// </summary>
    public bool TryFlush(out Candle last)
    {
        var emitted = TryFlushResampled(out var result);
        last = result.Candle;
        return emitted;
    }

    /// <summary>As <see cref="TryFlush(out Candle)"/>, also saying whether the bucket is closed and how many inputs it holds.</summary>
    public bool TryFlushResampled(out ResampledCandle last)
    {
        if (!_forming)
        {
            last = default;
            return false;
        }

        last = Current(IsFormingClosed);
        _forming = false;
        _hasFlushed = true;
        _flushedBucketTicks = _bucketTicks;
        return true;
    }

    /// <summary>Resamples a whole series, including a final bucket that may be incomplete (see <see cref="ResampleDetailed"/> to tell).</summary>
    public static IReadOnlyList<Candle> Resample(IEnumerable<Candle> candles, Timeframe from, Timeframe to) =>
        Run(candles, from, to, static r => r.Candle);

    /// <summary>Resamples a whole series, keeping for each output how many inputs it was built from and whether it is closed.</summary>
    public static IReadOnlyList<ResampledCandle> ResampleDetailed(IEnumerable<Candle> candles, Timeframe from, Timeframe to) =>
        Run(candles, from, to, static r => r);

    private static List<T> Run<T>(IEnumerable<Candle> candles, Timeframe from, Timeframe to, Func<ResampledCandle, T> select)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var resampler = new CandleResampler(from, to);
        var output = candles.TryGetNonEnumeratedCount(out var inputs) ? new List<T>((inputs / resampler.ExpectedCount) + 2) : [];
        foreach (var candle in candles)
        {
            if (resampler.TryAddResampled(candle, out var closed))
            {
                output.Add(select(closed));
            }
        }

        if (resampler.TryFlushResampled(out var last))
        {
            output.Add(select(last));
        }

        return output;
    }

    private ResampledCandle Current(bool isClosed) =>
        new(new Candle(Utc(_bucketTicks), _open, _high, _low, _close, _volume), _count, ExpectedCount, isClosed);

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
