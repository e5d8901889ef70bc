namespace CryptoAiBot.Domain.Positions;

/// <summary>Realized results of one symbol over a period, FIFO, fees included.</summary>
public sealed record PnlReport(
    string Symbol,
    DateTimeOffset From,
    DateTimeOffset To,
    decimal RealizedPnlQuote,
    decimal FeesQuote,
    decimal TurnoverQuote,
    int OrderCount,
    int FillCount,
    int ClosedRoundTrips,
    int WinningRoundTrips);
