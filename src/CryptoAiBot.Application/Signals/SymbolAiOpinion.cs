using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Signals;

/// <summary>The AI score port seen by one symbol's decision core.</summary>
public sealed class SymbolAiOpinion(IAiScoreSource source, Symbol symbol) : IAiOpinion
{
    public string Name => source.Name;

    public double? Score(in Candle candle) => source.Score(symbol, candle);
}
