using System.Globalization;
using System.Text;
using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// Writes candle files (<see cref="CandleCsvFormat"/>): UTF-8 without BOM, '\n' line endings, numbers as
/// <see cref="decimal.ToString(IFormatProvider)"/> with the invariant culture gives them (every digit of
/// the value's scale, nothing added), timestamps as Unix milliseconds of the open time. Reading a file
/// written here gives back equal candles. Rows are formatted into a reused buffer, without a string per row.
/// </summary>
public static class CandleCsvWriter
{
    private const int ChunkSize = 1 << 16;

    // Longest row: 19 digits of timestamp, five decimals of at most 31 characters, five commas, '\n'.
    private const int MaxRowLength = 19 + (5 * 31) + 6;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and every candle to <paramref name="writer"/>; the writer is not disposed.</summary>
    public static void Write(TextWriter writer, IEnumerable<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(candles);
        var chunk = new char[ChunkSize];
        var length = Header(chunk);
        foreach (var candle in candles)
        {
            if (length > ChunkSize - MaxRowLength)
            {
                writer.Write(chunk, 0, length);
                length = 0;
            }

            length += FormatRow(candle, chunk.AsSpan(length));
        }

        writer.Write(chunk, 0, length);
        writer.Flush();
    }

    /// <summary>Writes the header and every candle to <paramref name="writer"/>; the writer is not disposed.</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Candle> candles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(candles);
        var chunk = new char[ChunkSize];
        var length = Header(chunk);
        foreach (var candle in candles)
        {
            if (length > ChunkSize - MaxRowLength)
            {
                await writer.WriteAsync(chunk.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                length = 0;
            }

            length += FormatRow(candle, chunk.AsSpan(length));
        }

        await writer.WriteAsync(chunk.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a whole file. The rows go to a temporary file next to <paramref name="path"/> that then
    /// replaces it, so a failure never leaves a half-written file behind.
    /// </summary>
    public static async Task WriteFileAsync(string path, IEnumerable<Candle> candles, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temporary = TemporaryPath(path);
        try
        {
            await using (var writer = CreateText(temporary, FileOptions.Asynchronous))
            {
                await WriteAsync(writer, candles, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>As <see cref="WriteFileAsync"/>, blocking.</summary>
    public static void WriteFile(string path, IEnumerable<Candle> candles)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temporary = TemporaryPath(path);
        try
        {
            using (var writer = CreateText(temporary, FileOptions.None))
            {
                Write(writer, candles);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static int Header(Span<char> chunk)
    {
        CandleCsvFormat.Header.AsSpan().CopyTo(chunk);
        chunk[CandleCsvFormat.Header.Length] = '\n';
        return CandleCsvFormat.Header.Length + 1;
    }

    private static int FormatRow(in Candle candle, Span<char> destination)
    {
        var invariant = CultureInfo.InvariantCulture;
        candle.OpenTime.ToUnixTimeMilliseconds().TryFormat(destination, out var length, default, invariant);
        length += Column(candle.Open, destination[length..]);
        length += Column(candle.High, destination[length..]);
        length += Column(candle.Low, destination[length..]);
        length += Column(candle.Close, destination[length..]);
        length += Column(candle.Volume, destination[length..]);
        destination[length] = '\n';
        return length + 1;
    }

    private static int Column(decimal value, Span<char> destination)
    {
        destination[0] = ',';
        value.TryFormat(destination[1..], out var written, default, CultureInfo.InvariantCulture);
        return written + 1;
    }

    private static StreamWriter CreateText(string path, FileOptions options)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, ChunkSize, options);
        return new StreamWriter(stream, Utf8, ChunkSize);
    }

    private static string TemporaryPath(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
}
