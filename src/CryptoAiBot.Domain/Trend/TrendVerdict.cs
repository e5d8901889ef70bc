namespace CryptoAiBot.Domain.Trend;

/// <summary>
/// What the multi-timeframe trend filter says at one moment: the weighted <see cref="Score"/> in [-1, 1]
/// (positive is up), whether a long entry is allowed, whether some weighted timeframe's data is stale,
/// and why. <see cref="Reason"/> is always a constant or prebuilt string, so a verdict allocates nothing.
/// </summary>
/// <param name="Score">Σ weight × score over the weighted timeframes that are warmed up (others count 0).</param>
/// <param name="AllowsEntry">True when the filter is disabled, or every weighted timeframe is warm and fresh and the score reaches the threshold.</param>
/// <param name="Stale">True when a weighted timeframe's last closed candle is more than two periods old.</param>
/// <param name="Reason">Why, e.g. <c>stale 1h data</c>, <c>warming up 1w</c>, <see cref="TrendFilter.AgreesReason"/>.</param>
public readonly record struct TrendVerdict(double Score, bool AllowsEntry, bool Stale, string Reason);
