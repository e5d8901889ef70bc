namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>Why one line of a candle file was refused; <paramref name="Line"/> is 1-based and counts the header.</summary>
/// <param name="Line">The 1-based line number in the file (the header is line 1).</param>
/// <param name="Reason">Every reason the line was refused, separated by "; ".</param>
public readonly record struct CandleCsvProblem(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
