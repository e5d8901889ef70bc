namespace CryptoAiBot.Application.Orchestration;

/// <summary>One weighted timeframe of the trend filter in the status: its score (null while warming up) and last closed candle.</summary>
public sealed record TrendTimeframeStatus(string Timeframe, double Weight, double? Score, long ClosedCandles, DateTimeOffset? LastClosedAt);
