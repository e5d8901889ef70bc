namespace CryptoAiBot.Cli.Perf;

/// <summary>What <c>cab perf</c> prints: the window, one row per symbol and one total per quote asset.</summary>
internal sealed record PerfReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<PerfRow> Symbols, IReadOnlyList<PerfRow> Totals);
