using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Trading;

/// <summary>
/// One symbol's AI model, as the decision core sees it: asked once per closed trading candle, oldest first,
/// from the symbol's single writer. Synchronous, O(1) and allocation-free, because it runs inside the candle
/// loop of a backtest; the model keeps its features incrementally and never does I/O here.
/// </summary>
public interface IAiOpinion
{
    /// <summary>Model name for status and reports, e.g. <c>none</c>.</summary>
    string Name { get; }

    /// <summary>Takes the next closed candle; the score in [-1, 1] (positive is bullish), or null when the model has no opinion.</summary>
    double? Score(in Candle candle);
}
