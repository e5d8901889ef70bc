namespace CryptoAiBot.Application.Backtesting;

/// <summary>How many buy signals the entry gate held back for one reason (e.g. <c>warming up 1w</c>) during a backtest.</summary>
public sealed record HeldBackBuys(string Reason, long Signals);
