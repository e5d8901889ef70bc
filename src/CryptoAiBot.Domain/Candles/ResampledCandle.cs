namespace CryptoAiBot.Domain.Candles;

/// <summary>
/// A higher-timeframe candle together with how it was built by <see cref="CandleResampler"/>.
/// <para>
/// Two different questions are answered here. <see cref="IsClosed"/>: can more input still change this
/// candle? (A decision may see a higher-timeframe candle only once it is closed.) <see cref="HasGaps"/>:
/// were some of the lower-timeframe periods of the bucket missing from the input (an exchange outage, the
/// first or last bucket of a file)? A bucket with gaps still yields a candle built from the inputs that
/// exist; a bucket with no input at all yields none — gaps are kept, never invented.
/// </para>
/// </summary>
/// <param name="Candle">The aggregate: open of the first input, highest high, lowest low, close of the last input, summed volume; <see cref="Candle.OpenTime"/> is the bucket start (UTC).</param>
/// <param name="Count">How many input candles the bucket was built from (at least 1).</param>
/// <param name="ExpectedCount">How many input periods the bucket spans, e.g. 60 for 1m into 1h.</param>
/// <param name="IsClosed">
/// True when the bucket is complete in time: its last expected input period has been seen, or a later
/// input arrived. Every candle returned by <see cref="CandleResampler.TryAdd(in Candle, out Candle)"/> is
/// closed; the one returned by <see cref="CandleResampler.TryFlush(out Candle)"/> may not be.
/// </param>
public readonly record struct ResampledCandle(Candle Candle, int Count, int ExpectedCount, bool IsClosed)
{
    /// <summary>Input periods of the bucket that were absent from the input.</summary>
    public int MissingCount => ExpectedCount - Count;

    /// <summary>True when some input periods of the bucket were missing (see <see cref="MissingCount"/>).</summary>
    public bool HasGaps => Count < ExpectedCount;
}
