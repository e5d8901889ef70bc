using CryptoAiBot.Domain.Candles;
using static System.FormattableString;

namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// Splits candle file text into lines, one chunk at a time, so the same code serves the sync, async and
/// streaming readers; checks the header and blank lines and hands data rows to <see cref="CandleCsvRow"/>.
/// Invariants:
/// <list type="bullet">
/// <item>Every line gets a 1-based number; every bad line becomes one <see cref="CandleCsvProblem"/> with all its reasons.</item>
/// <item>A good line costs no allocation beyond the candle stored in the sink; strings are made only for problems.</item>
/// <item>Once a problem is found, no more candles are added (the file will be refused whole anyway).</item>
/// </list>
/// </summary>
internal sealed class CandleCsvParser(Timeframe? timeframe, bool stopAtFirstProblem)
{
    private readonly CandleCsvRow _rows = new(timeframe);
    private int _line;
    private bool _headerSeen;
    private int _blankRunStart;
    private int _blankRunLength;

    public List<CandleCsvProblem> Problems { get; } = [];

    public int RowCount { get; private set; }

    public bool Stopped => stopAtFirstProblem && Problems.Count > 0;

    /// <summary>
    /// Parses every complete line of <paramref name="chars"/> and returns how many characters it consumed;
    /// with <paramref name="isFinal"/> the text after the last '\n' is a line too.
    /// </summary>
    public int Parse(ReadOnlySpan<char> chars, bool isFinal, List<Candle> sink)
    {
        var consumed = 0;
        while (!Stopped)
        {
            var rest = chars[consumed..];
            var newline = rest.IndexOf('\n');
            if (newline < 0)
            {
                if (isFinal && !rest.IsEmpty)
                {
                    ParseLine(rest, sink);
                    consumed = chars.Length;
                }

                break;
            }

            ParseLine(rest[..newline], sink);
            consumed += newline + 1;
        }

        return consumed;
    }

    /// <summary>Ends the file: trailing blank lines are ignored, a file without a header is refused.</summary>
    public void Complete()
    {
        if (!_headerSeen)
        {
            Problems.Add(new CandleCsvProblem(1, $"the file is empty; expected the header '{CandleCsvFormat.Header}'"));
        }
    }

    /// <summary>Refuses a line that does not fit in the reader's largest buffer (not a candle file).</summary>
    public void LineTooLong(int maxLength) =>
        Problems.Add(new CandleCsvProblem(_line + 1, Invariant($"the line is longer than {maxLength:N0} characters; this is not a candle file")));

    private void ParseLine(ReadOnlySpan<char> line, List<Candle> sink)
    {
        _line++;
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (!_headerSeen)
        {
            _headerSeen = true;
            var header = line.TrimStart('\uFEFF').Trim();
            if (!header.Equals(CandleCsvFormat.Header, StringComparison.OrdinalIgnoreCase))
            {
                Problems.Add(new CandleCsvProblem(_line, $"expected the header '{CandleCsvFormat.Header}', found '{Shorten(line)}'"));
            }

            return;
        }

        if (line.IsWhiteSpace())
        {
            // Blank lines at the very end are harmless; in the middle of the data they are reported.
            _blankRunStart = _blankRunLength == 0 ? _line : _blankRunStart;
            _blankRunLength++;
            return;
        }

        ReportBlankRun();
        RowCount++;
        if (_rows.Parse(line, _line, out var candle) is { } problem)
        {
            Problems.Add(new CandleCsvProblem(_line, problem));
        }
        else if (Problems.Count == 0)
        {
            sink.Add(candle);
        }
    }

    private void ReportBlankRun()
    {
        for (var i = 0; i < _blankRunLength; i++)
        {
            Problems.Add(new CandleCsvProblem(_blankRunStart + i, "blank line between rows"));
        }

        _blankRunLength = 0;
    }

    internal static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}
