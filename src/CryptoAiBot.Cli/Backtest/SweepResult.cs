using CryptoAiBot.Application.Backtesting;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>One ranked run of a sweep (1 = best).</summary>
internal sealed record SweepResult(int Rank, string Parameters, IReadOnlyDictionary<string, decimal> Values, BacktestMetrics Metrics);
