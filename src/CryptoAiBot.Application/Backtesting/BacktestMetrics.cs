namespace CryptoAiBot.Application.Backtesting;

/// <summary>The summary numbers of a backtest.</summary>
public sealed record BacktestMetrics(
    decimal StartEquity,
    decimal FinalEquity,
    decimal TotalReturn,
    decimal MaxDrawdown,
    double Sharpe,
    double Sortino,
    int Trades,
    double WinRate,
    double ProfitFactor,
    double Exposure,
    decimal FeesPaid);
