namespace CryptoAiBot.Domain.Trend;

/// <summary>
/// The weight of each timeframe's trend in the combined score (<c>MTF_W_M15</c>, <c>MTF_W_H1</c>,
/// <c>MTF_W_H4</c>, <c>MTF_W_D1</c>, <c>MTF_W_W1</c>). Settings validate that they are not negative and sum
/// to 1 (±1e-9); <see cref="TrendFilter"/> still refuses a negative weight. A timeframe with weight 0 is
/// not tracked at all: it is never resampled, never warms up and never goes stale.
/// </summary>
public readonly record struct TrendWeights(decimal M15, decimal H1, decimal H4, decimal D1, decimal W1)
{
    /// <summary>The seeds' defaults: 1h 0.40, 4h 0.30, 1d 0.20, 1w 0.10, 15m 0.</summary>
    public static TrendWeights Default { get; } = new(0m, 0.40m, 0.30m, 0.20m, 0.10m);

    /// <summary>The timeframes a weight can be given to, shortest first.</summary>
    public static IReadOnlyList<Candles.Timeframe> Timeframes { get; } =
        [Candles.Timeframe.M15, Candles.Timeframe.H1, Candles.Timeframe.H4, Candles.Timeframe.D1, Candles.Timeframe.W1];

    /// <summary>The weight of <paramref name="timeframe"/>; 0 for a timeframe the filter does not weigh.</summary>
    public decimal For(Candles.Timeframe timeframe) => timeframe.Duration switch
    {
        var d when d == Candles.Timeframe.M15.Duration => M15,
        var d when d == Candles.Timeframe.H1.Duration => H1,
        var d when d == Candles.Timeframe.H4.Duration => H4,
        var d when d == Candles.Timeframe.D1.Duration => D1,
        var d when d == Candles.Timeframe.W1.Duration => W1,
        _ => 0m,
    };
}
