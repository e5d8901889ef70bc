using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Everything a backtest run depends on besides the candles; part of its report. <see cref="Entries"/> gates
/// buys as live does (trend filter, fusion); the plan's sizer sizes them.
/// </summary>
public sealed record BacktestSettings(
    Symbol Symbol,
    TradingPlan Plan,
    ExitPolicy Exits,
    decimal StartQuote,
    decimal FeePct,
    FillModel FillModel = FillModel.NextOpen,
    decimal SlippageBps = 0m,
    StopEvaluation Stops = StopEvaluation.OnClose,
    int EquityPoints = 2048)
{
    public EntryPolicy Entries { get; init; } = EntryPolicy.Open;
}
