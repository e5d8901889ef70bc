namespace CryptoAiBot.Application.Ports;

/// <summary>The exchange's view of a stop: its id (empty when refused at placement) and state.</summary>
public sealed record ExchangeStopReport(string StopId, ExchangeStopState State);
