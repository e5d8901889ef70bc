namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// Thrown by the streaming reader (<see cref="CandleCsvReader.Enumerate(string, CryptoAiBot.Domain.Candles.Timeframe?)"/>)
/// at the first bad line. The whole-file readers never throw for bad data: they return every problem.
/// </summary>
public sealed class CandleCsvException(CandleCsvProblem problem) : Exception(problem.ToString())
{
    /// <summary>The first bad line.</summary>
    public CandleCsvProblem Problem { get; } = problem;
}
