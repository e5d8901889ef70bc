using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Trend;

/// <summary>
/// One weighted timeframe of a <see cref="TrendFilter"/>: resamples its input candles into this timeframe
/// and feeds its <see cref="TrendMeasure"/> closed candles only. A bucket is taken when it is complete in
/// time — as soon as its last input period is in (<see cref="CandleResampler.IsFormingClosed"/>), or when
/// an input of a later bucket shows that its tail is missing — never while it is forming.
/// <para>
/// Components form a chain, shortest timeframe first: only the first sees every trading candle; each
/// passes the candles it closes to <see cref="Next"/> (1h closes feed 4h, 4h closes feed 1d, ...). Every
/// weighted timeframe divides the next, so the chain yields the same buckets, at the same moments, as
/// resampling the trading candles directly — at the cost of one resampler per trading candle instead of five.
/// </para>
/// Candles that are not newer than the last one taken are not measured again, so native history given to
/// <see cref="AddClosed"/> and resampled input may overlap; they are still passed on, since the next
/// timeframe's buckets are built from them.
/// </summary>
internal sealed class TrendComponent
{
    private readonly CandleResampler _resampler;
    private readonly long _periodTicks;
    private bool _hasClosed;
    private long _lastOpenTicks;
    private long _formingEndTicks = long.MaxValue;

    /// <param name="input">Timeframe of the trading candles, checked to divide <paramref name="timeframe"/>.</param>
    /// <param name="from">Timeframe this component is fed: the trading one, or the previous component's.</param>
    /// <param name="timeframe">The timeframe whose trend this component measures.</param>
    /// <param name="weight">Its weight in the combined score, greater than 0.</param>
    /// <param name="settings">The measure's periods and ATR multiple.</param>
    public TrendComponent(Timeframe input, Timeframe from, Timeframe timeframe, double weight, TrendFilterSettings settings)
    {
        if (!input.Divides(timeframe))
        {
            throw new ArgumentException(
                $"The {timeframe} trend has a positive weight but cannot be built from {input} candles: " +
                $"{input} periods do not make whole {timeframe} periods. Set its weight to 0 or trade a shorter timeframe.",
                nameof(input));
        }

        _resampler = new CandleResampler(from, timeframe);
        _periodTicks = timeframe.Duration.Ticks;
        Timeframe = timeframe;
        Weight = weight;
        Measure = new TrendMeasure(settings.EmaPeriod, settings.AtrPeriod, settings.AtrMultiple);
        StaleReason = $"stale {timeframe.Code} data";
        WarmingReason = $"warming up {timeframe.Code}";
    }

    public Timeframe Timeframe { get; }

    /// <summary>The component of the next longer weighted timeframe, fed this one's closed candles.</summary>
    public TrendComponent? Next { get; set; }

    public double Weight { get; }

    public TrendMeasure Measure { get; }

    /// <summary>Prebuilt so that a stale verdict allocates nothing.</summary>
    public string StaleReason { get; }

    public string WarmingReason { get; }

    /// <summary>Closed candles of this timeframe taken so far.</summary>
    public long ClosedCount { get; private set; }

    /// <summary>Close time (UTC ticks) of the last candle taken; meaningful when <see cref="ClosedCount"/> &gt; 0.</summary>
    public long LastCloseTicks => _lastOpenTicks + _periodTicks;

    /// <summary>Adds one closed candle of the input timeframe; throws <see cref="ArgumentException"/> when out of order or misaligned.</summary>
    public void OnInput(in Candle candle)
    {
        var wasForming = _resampler.HasForming;
        // One input can close two buckets: the previous one (its tail missing) and, when the input is the
        // last period of its own bucket, that one too.
        var emitted = _resampler.TryAddResampled(candle, out var closed);
        if (emitted || !wasForming)
        {
            _formingEndTicks = Timeframe.BucketStart(candle.OpenTime).UtcTicks + _periodTicks;
        }

        if (emitted)
        {
            Close(closed.Candle);
        }

        if (_resampler.IsFormingClosed)
        {
            Flush();
        }
    }

    /// <summary>
    /// Tells this component and the longer ones that no input older than <paramref name="watermarkTicks"/>
    /// (the open time of the latest trading candle) will come: a forming bucket that ended by then is closed.
    /// Without it, a bucket whose last inputs fell into an exchange gap would close only when the shorter
    /// timeframe below it closes its next bucket — later than resampling the trading candles directly.
    /// </summary>
    public void Advance(long watermarkTicks)
    {
        if (_formingEndTicks <= watermarkTicks)
        {
            Flush();
        }

        Next?.Advance(watermarkTicks);
    }

    /// <summary>Takes a closed native candle of this timeframe; false when it is not newer than the last one taken.</summary>
    public bool AddClosed(in Candle candle)
    {
        if (!Timeframe.IsAligned(candle.OpenTime))
        {
            throw new ArgumentException(
                $"Candle at {candle.OpenTime:O} does not start a {Timeframe} period (expected {Timeframe.BucketStart(candle.OpenTime):O}).",
                nameof(candle));
        }

        return Take(candle);
    }

    /// <summary>True when a candle has been taken and the last one closed more than two periods before <paramref name="nowTicks"/>.</summary>
    public bool IsStale(long nowTicks) => _hasClosed && nowTicks - LastCloseTicks > 2 * _periodTicks;

    private void Flush()
    {
        _formingEndTicks = long.MaxValue;
        if (_resampler.TryFlushResampled(out var last))
        {
            Close(last.Candle);
        }
    }

    private void Close(in Candle candle)
    {
        Take(candle);
        Next?.OnInput(candle);
    }

    private bool Take(in Candle candle)
    {
        var ticks = candle.OpenTime.UtcTicks;
        if (_hasClosed && ticks <= _lastOpenTicks)
        {
            return false;
        }

        Measure.Update(candle);
        _hasClosed = true;
        _lastOpenTicks = ticks;
        ClosedCount++;
        return true;
    }
}
