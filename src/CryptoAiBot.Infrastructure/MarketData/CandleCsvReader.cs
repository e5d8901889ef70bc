using System.Text;
using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// Reads candle files (<see cref="CandleCsvFormat"/>), validating every row: column count, numbers,
/// positive prices, high ≥ max(open, close), low ≤ min(open, close), high ≥ low, volume ≥ 0, strictly
/// increasing timestamps without duplicates and, when a timeframe is given, timestamps that start one of
/// its periods.
/// <para>
/// <see cref="ReadFile"/> and <see cref="ReadFileAsync"/> read the whole file and return either every candle
/// or every problem with its line number — never part of a file. <see cref="Enumerate(string, Timeframe?)"/>
/// streams candles without holding the file in memory and throws <see cref="CandleCsvException"/> at the
/// first bad line, after the candles before it were yielded; use it for files already validated.
/// </para>
/// Parsing works on spans of a large reused buffer: a valid row allocates nothing but its place in the output.
/// </summary>
public static class CandleCsvReader
{
    private const int FileBufferSize = 1 << 16;

    // A little under the typical row (58 bytes), so the list is sized once and over-allocates by ~10%.
    private const int BytesPerRowEstimate = 52;

    /// <summary>Reads and validates a whole file.</summary>
    public static CandleCsvReadResult ReadFile(string path, Timeframe? timeframe = null)
    {
        using var reader = OpenText(path, FileOptions.SequentialScan);
        return Read(reader, timeframe, CapacityFor(reader));
    }

    /// <summary>Reads and validates a whole file without blocking a thread on I/O.</summary>
    public static async Task<CandleCsvReadResult> ReadFileAsync(string path, Timeframe? timeframe, CancellationToken cancellationToken)
    {
        using var reader = OpenText(path, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return await ReadAsync(reader, timeframe, CapacityFor(reader), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads and validates everything <paramref name="reader"/> holds; the reader is not disposed.</summary>
    public static CandleCsvReadResult Read(TextReader reader, Timeframe? timeframe = null) => Read(reader, timeframe, 0);

    /// <summary>Reads and validates everything <paramref name="reader"/> holds; the reader is not disposed.</summary>
    public static Task<CandleCsvReadResult> ReadAsync(TextReader reader, Timeframe? timeframe, CancellationToken cancellationToken) =>
        ReadAsync(reader, timeframe, 0, cancellationToken);

    /// <summary>
    /// Streams the candles of a file, validating as it goes; throws <see cref="CandleCsvException"/> at the
    /// first bad line. The file is opened on the first <c>MoveNext</c> and closed when the enumeration ends.
    /// </summary>
    public static IEnumerable<Candle> Enumerate(string path, Timeframe? timeframe = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return EnumerateFile(path, timeframe);
    }

    /// <summary>Streams the candles <paramref name="reader"/> holds (see <see cref="Enumerate(string, Timeframe?)"/>); the reader is not disposed.</summary>
    public static IEnumerable<Candle> Enumerate(TextReader reader, Timeframe? timeframe = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return EnumerateReader(reader, timeframe);
    }

    private static IEnumerable<Candle> EnumerateFile(string path, Timeframe? timeframe)
    {
        using var reader = OpenText(path, FileOptions.SequentialScan);
        foreach (var candle in EnumerateReader(reader, timeframe))
        {
            yield return candle;
        }
    }

    private static IEnumerable<Candle> EnumerateReader(TextReader reader, Timeframe? timeframe)
    {
        var parser = new CandleCsvParser(timeframe, stopAtFirstProblem: true);
        var buffer = new CandleCsvBuffer();
        var batch = new List<Candle>(4_096);
        var end = false;
        while (!end)
        {
            if (!buffer.TryMakeRoom())
            {
                parser.LineTooLong(CandleCsvBuffer.MaxSize);
                throw new CandleCsvException(parser.Problems[0]);
            }

            end = buffer.Fill(reader);
            buffer.Consume(parser.Parse(buffer.Filled, end, batch));
            if (end)
            {
                parser.Complete();
            }

            for (var i = 0; i < batch.Count; i++)
            {
                yield return batch[i];
            }

            batch.Clear();
            if (parser.Problems.Count > 0)
            {
                throw new CandleCsvException(parser.Problems[0]);
            }
        }
    }

    private static CandleCsvReadResult Read(TextReader reader, Timeframe? timeframe, int capacity)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var parser = new CandleCsvParser(timeframe, stopAtFirstProblem: false);
        var candles = new List<Candle>(capacity);
        var buffer = new CandleCsvBuffer();
        while (true)
        {
            if (!buffer.TryMakeRoom())
            {
                parser.LineTooLong(CandleCsvBuffer.MaxSize);
                break;
            }

            var end = buffer.Fill(reader);
            buffer.Consume(parser.Parse(buffer.Filled, end, candles));
            if (end)
            {
                parser.Complete();
                break;
            }
        }

        return CandleCsvReadResult.From(candles, parser.Problems, parser.RowCount);
    }

    private static async Task<CandleCsvReadResult> ReadAsync(TextReader reader, Timeframe? timeframe, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var parser = new CandleCsvParser(timeframe, stopAtFirstProblem: false);
        var candles = new List<Candle>(capacity);
        var buffer = new CandleCsvBuffer();
        while (true)
        {
            if (!buffer.TryMakeRoom())
            {
                parser.LineTooLong(CandleCsvBuffer.MaxSize);
                break;
            }

            var end = await buffer.FillAsync(reader, cancellationToken).ConfigureAwait(false);
            buffer.Consume(parser.Parse(buffer.Filled, end, candles));
            if (end)
            {
                parser.Complete();
                break;
            }
        }

        return CandleCsvReadResult.From(candles, parser.Problems, parser.RowCount);
    }

    private static StreamReader OpenText(string path, FileOptions options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, options);
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, FileBufferSize);
    }

    private static int CapacityFor(StreamReader reader) =>
        reader.BaseStream.CanSeek ? (int)Math.Min(reader.BaseStream.Length / BytesPerRowEstimate, 1 << 26) : 0;
}
