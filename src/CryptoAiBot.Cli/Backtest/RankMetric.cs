namespace CryptoAiBot.Cli.Backtest;

/// <summary>The metric a sweep is ranked by (<c>--rank-by</c>).</summary>
internal enum RankMetric
{
    Sharpe = 0,
    TotalReturn,
    ProfitFactor,

    /// <summary>Lower is better.</summary>
    MaxDrawdown,
    WinRate,
}
