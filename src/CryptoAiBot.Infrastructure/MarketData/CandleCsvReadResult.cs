using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// The outcome of reading a whole candle file: every candle when every line is valid, otherwise no
/// candle at all and every problem found — a file is imported whole or not at all.
/// </summary>
public sealed class CandleCsvReadResult
{
    private CandleCsvReadResult(IReadOnlyList<Candle> candles, IReadOnlyList<CandleCsvProblem> problems, int rowCount)
    {
        Candles = candles;
        Problems = problems;
        RowCount = rowCount;
    }

    /// <summary>The candles, oldest first; empty when <see cref="IsValid"/> is false.</summary>
    public IReadOnlyList<Candle> Candles { get; }

    /// <summary>Every bad line, in file order; a line appears once with all of its reasons.</summary>
    public IReadOnlyList<CandleCsvProblem> Problems { get; }

    /// <summary>Data rows read (lines after the header that are not blank), valid or not.</summary>
    public int RowCount { get; }

    /// <summary>True when the file had no problem at all.</summary>
    public bool IsValid => Problems.Count == 0;

    internal static CandleCsvReadResult From(List<Candle> candles, List<CandleCsvProblem> problems, int rowCount) =>
        problems.Count == 0 ? new(candles, [], rowCount) : new([], problems, rowCount);
}
