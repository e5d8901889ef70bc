using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Cli.Perf;

/// <summary>
/// One line of <c>cab perf</c>: a symbol's <see cref="PnlReport"/> (the very record <c>/pnl/today</c> returns, so the
/// JSON names agree) or the total of the symbols sharing a quote asset, plus the win rate of the closed round trips.
/// </summary>
internal sealed record PerfRow(
    string Symbol,
    string Quote,
    decimal RealizedPnlQuote,
    decimal FeesQuote,
    decimal TurnoverQuote,
    int OrderCount,
    int FillCount,
    int ClosedRoundTrips,
    int WinningRoundTrips)
{
    /// <summary>Winning over closed round trips, 0..1 to four places; null before any round trip closed.</summary>
    public decimal? WinRate => ClosedRoundTrips == 0 ? null : Math.Round((decimal)WinningRoundTrips / ClosedRoundTrips, 4);

    public static PerfRow From(PnlReport report, string quote) => new(
        report.Symbol, quote, report.RealizedPnlQuote, report.FeesQuote, report.TurnoverQuote,
        report.OrderCount, report.FillCount, report.ClosedRoundTrips, report.WinningRoundTrips);

    /// <summary>The sum of <paramref name="rows"/> (one quote asset: amounts in different quotes are never added).</summary>
    public static PerfRow Total(string quote, IReadOnlyCollection<PerfRow> rows) => new(
        $"total {quote}", quote, rows.Sum(r => r.RealizedPnlQuote), rows.Sum(r => r.FeesQuote), rows.Sum(r => r.TurnoverQuote),
        rows.Sum(r => r.OrderCount), rows.Sum(r => r.FillCount), rows.Sum(r => r.ClosedRoundTrips), rows.Sum(r => r.WinningRoundTrips));
}
