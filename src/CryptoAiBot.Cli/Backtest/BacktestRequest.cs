using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// A validated <c>cab backtest</c> invocation. <see cref="Settings"/> holds the baseline; each run applies
/// its <see cref="BacktestParameters"/> to it (<see cref="Parameters"/> alone, or every point of <see cref="Sweep"/>).
/// <see cref="Strategies"/> is set when a <c>--config</c> file chose them.
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
    int Parallelism,
    StrategyFactory? Strategies = null,
    int TradeRows = BacktestTradeTable.DefaultRows)
{
    /// <summary>The configured strategies (<c>--config</c>), or the command line's EMA cross.</summary>
    public StrategyFactory StrategiesFor(BacktestParameters parameters) => Strategies ?? parameters.Strategies();
}
