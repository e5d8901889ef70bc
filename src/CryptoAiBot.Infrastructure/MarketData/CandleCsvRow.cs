using System.Globalization;
using CryptoAiBot.Domain.Candles;
using static System.FormattableString;

namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// Validates one data row of a candle file: six columns, a millisecond timestamp strictly after the
/// previous row's (checked against the previous parsed timestamp, valid row or not, so one misplaced row
/// is reported once) and aligned to the timeframe when one is given, positive prices, non-negative
/// volume, high ≥ max(open, close), low ≤ min(open, close), high ≥ low. Every failed check of a row is
/// reported, not only the first.
/// </summary>
internal sealed class CandleCsvRow(Timeframe? timeframe)
{
    private bool _hasPrevious;
    private long _previousMs;
    private int _previousLine;
    private int _line;
    private List<string>? _reasons;

    /// <summary>Null with the candle when <paramref name="line"/> is a valid row; otherwise every reason, joined by "; ".</summary>
    public string? Parse(ReadOnlySpan<char> line, int lineNumber, out Candle candle)
    {
        candle = default;
        _line = lineNumber;
        Span<Range> columns = stackalloc Range[CandleCsvFormat.ColumnCount + 1];
        if (line.Split(columns, ',') != CandleCsvFormat.ColumnCount)
        {
            return Invariant($"expected {CandleCsvFormat.ColumnCount} columns ({CandleCsvFormat.Header}), found {line.Count(',') + 1}");
        }

        _ = TryTimestamp(line[columns[0]], out var ms);
        var prices = TryPrice(line[columns[1]], "open", out var open)
            & TryPrice(line[columns[2]], "high", out var high)
            & TryPrice(line[columns[3]], "low", out var low)
            & TryPrice(line[columns[4]], "close", out var close);
        var hasVolume = TryNumber(line[columns[5]], "volume", out var volume);
        if (hasVolume && volume < 0)
        {
            Add($"volume must not be negative, found {Text(line[columns[5]])}");
        }

        if (prices)
        {
            CheckRange(open, high, low, close);
        }

        if (_reasons is not null)
        {
            var problem = string.Join("; ", _reasons);
            _reasons = null;
            return problem;
        }

        candle = new Candle(DateTimeOffset.FromUnixTimeMilliseconds(ms), open, high, low, close, volume);
        return null;
    }

    private bool TryTimestamp(ReadOnlySpan<char> text, out long ms)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ms) || ms > CandleCsvFormat.MaxTimestampMs)
        {
            Add(Invariant($"timestamp_ms '{Text(text)}' is not a whole, non-negative number of milliseconds up to {CandleCsvFormat.MaxTimestampMs}"));
            return false;
        }

        if (_hasPrevious && ms <= _previousMs)
        {
            Add(ms == _previousMs
                ? Invariant($"duplicate timestamp {ms} ({Iso(ms)}), already on line {_previousLine}")
                : Invariant($"timestamp {ms} ({Iso(ms)}) is not after {_previousMs} ({Iso(_previousMs)}) on line {_previousLine}; rows must be strictly increasing"));
        }

        if (timeframe is { } tf && !tf.IsAligned(DateTimeOffset.FromUnixTimeMilliseconds(ms)))
        {
            Add(Invariant($"timestamp {ms} ({Iso(ms)}) does not start a {tf} period"));
        }

        (_hasPrevious, _previousMs, _previousLine) = (true, ms, _line);
        return true;
    }

    private bool TryPrice(ReadOnlySpan<char> text, string column, out decimal value)
    {
        if (!TryNumber(text, column, out value))
        {
            return false;
        }

        if (value <= 0)
        {
            Add($"{column} must be positive, found {Text(text)}");
            return false;
        }

        return true;
    }

    private bool TryNumber(ReadOnlySpan<char> text, string column, out decimal value)
    {
        if (CandleCsvNumbers.TryParse(text, out value))
        {
            return true;
        }

        Add($"{column} '{Text(text)}' is not a number");
        return false;
    }

    private void CheckRange(decimal open, decimal high, decimal low, decimal close)
    {
        if (high < low)
        {
            Add(Invariant($"high {high} is below low {low}"));
        }

        if (high < Math.Max(open, close))
        {
            Add(Invariant($"high {high} is below max(open, close) {Math.Max(open, close)}"));
        }

        if (low > Math.Min(open, close))
        {
            Add(Invariant($"low {low} is above min(open, close) {Math.Min(open, close)}"));
        }
    }

    private void Add(string reason) => (_reasons ??= []).Add(reason);

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    private static string Text(ReadOnlySpan<char> text) => CandleCsvParser.Shorten(text.Trim());
}
