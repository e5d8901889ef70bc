namespace CryptoAiBot.Application.Exits;

/// <summary>The JSON body of <c>protective_exit.triggered</c>.</summary>
public sealed record ExitTriggeredPayload(string Symbol, string Reason, decimal Bid, decimal EntryPrice, decimal HighestPrice, decimal? StopPrice, decimal? TrailingStopPrice);
