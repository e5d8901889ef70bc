namespace CryptoAiBot.Application.Backtesting;

/// <summary>Equity in quote at a time (Unix milliseconds).</summary>
public readonly record struct EquityPoint(long TimeMs, decimal Equity);
