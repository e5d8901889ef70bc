using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Trading;

/// <summary>No model loaded: never an opinion, so fusion gives the AI weight 0. Stateless and shared.</summary>
public sealed class NoAiOpinion : IAiOpinion
{
    public static NoAiOpinion Instance { get; } = new();

    public string Name => "none";

    public double? Score(in Candle candle) => null;
}
