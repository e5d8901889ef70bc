using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>Everything a backtest run depends on besides the candles; part of its report.</summary>
public sealed record BacktestSettings(
    Symbol Symbol,
    TradingPlan Plan,
    ExitPolicy Exits,
    decimal StartQuote,
    decimal FeePct,
    FillModel FillModel = FillModel.NextOpen,
    decimal SlippageBps = 0m,
    StopEvaluation Stops = StopEvaluation.OnClose,
    int EquityPoints = 2048);
