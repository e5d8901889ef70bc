namespace CryptoAiBot.Application.Backtesting;

/// <summary>One round trip of a backtest: from the first buy fill to the sell that made the position flat.</summary>
public sealed record BacktestTrade(
    long EntryTimeMs,
    long ExitTimeMs,
    decimal EntryPrice,
    decimal ExitPrice,
    decimal Quantity,
    decimal Pnl,
    decimal Fees,
    string ExitReason);
