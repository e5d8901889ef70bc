using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// The AI model's opinion on a symbol, asked once per closed trading-timeframe candle, oldest first, by the
/// per-candle decision path (backtest, paper and live alike) and blended with the technical score by
/// <see cref="CryptoAiBot.Domain.Fusion.SignalFusion"/>.
/// <para>
/// Contract: synchronous, O(1) and allocation-free per call, because it runs inside the candle loop of a
/// backtest of millions of candles. A model implementation therefore keeps its features incrementally per
/// symbol (rolling returns, indicator state, a fixed-size input buffer reused across calls) and updates them
/// from each candle; it never re-reads history, calls a port or does I/O here. Loading or
/// reloading the model happens elsewhere. Calls for one symbol come from that symbol's single writer.
/// </para>
/// </summary>
public interface IAiScoreSource
{
    /// <summary>Model name for logs and status, e.g. <c>none</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Takes the next closed candle of <paramref name="symbol"/> and returns the model's score in [-1, 1]
    /// (positive is bullish), or null when it has no opinion: no model loaded, or still warming up. Null
    /// makes the fusion use the technical score alone.
    /// </summary>
    double? Score(Symbol symbol, in Candle candle);
}
