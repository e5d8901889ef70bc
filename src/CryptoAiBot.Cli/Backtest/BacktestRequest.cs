using CryptoAiBot.Application.Backtesting;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// A validated <c>cab backtest</c> invocation. <see cref="Settings"/> holds the baseline; each run applies
/// its <see cref="BacktestParameters"/> to it (<see cref="Parameters"/> alone, or every point of <see cref="Sweep"/>).
/// </summary>
internal sealed record BacktestRequest(
    string DataFile,
    BacktestSettings Settings,
    BacktestParameters Parameters,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? JsonPath,
    string? HtmlPath,
    bool NoProgress,
    SweepGrid? Sweep,
    RankMetric RankBy,
    int Parallelism);
