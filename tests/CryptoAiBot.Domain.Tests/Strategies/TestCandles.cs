using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

/// <summary>Constructed candle series for strategy tests, 15 minutes apart.</summary>
internal static class TestCandles
{
    private static readonly DateTimeOffset Start = new(2025, 2, 3, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Candles whose open, high, low and close are all the given close.</summary>
    public static Candle[] FromCloses(params decimal[] closes) =>
        [.. closes.Select((close, i) => new Candle(Start.AddMinutes(15 * i), close, close, close, close, 1m))];

    /// <summary>Candles with the given high, low and close (open = close).</summary>
    public static Candle[] FromBars(params (decimal High, decimal Low, decimal Close)[] bars) =>
        [.. bars.Select((b, i) => new Candle(Start.AddMinutes(15 * i), b.Close, b.High, b.Low, b.Close, 1m))];

    /// <summary>Resets the strategy and feeds every candle, returning each verdict.</summary>
    public static StrategySignal[] FeedAll(this IStrategy strategy, IReadOnlyList<Candle> candles)
    {
        strategy.Reset();
        var signals = new StrategySignal[candles.Count];
        for (var i = 0; i < candles.Count; i++)
        {
            signals[i] = strategy.OnCandle(candles[i]);
        }

        return signals;
    }

    /// <summary>Indexes of the candles whose verdict is not hold, with the action and reason.</summary>
    public static (int Index, SignalAction Action, string Reason)[] NonHolds(this StrategySignal[] signals) =>
        [.. signals.Select((s, i) => (i, s.Action, s.Reason)).Where(s => s.Action != SignalAction.Hold)];
}
