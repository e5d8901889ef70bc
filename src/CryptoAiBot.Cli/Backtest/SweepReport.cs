namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// What <c>cab backtest --sweep --json</c> writes: the shared settings, every run best first and every skipped
/// combination. Nothing depends on timing or on the degree of parallelism, so two sweeps write the same bytes.
/// </summary>
internal sealed record SweepReport(
    string Symbol,
    string Timeframe,
    string Strategy,
    string FillModel,
    decimal SlippageBps,
    string Stops,
    decimal FeePct,
    long Candles,
    long FirstCandleMs,
    long LastCandleMs,
    string RankBy,
    IReadOnlyList<SweepResult> Results,
    IReadOnlyList<SweepSkip> Skipped);
