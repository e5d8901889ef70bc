using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Signals;

/// <summary>
/// The AI score source used while no model is loaded: it never has an opinion (null), so fusion gives the
/// AI weight 0 and decisions rest on the technical score alone. Stateless; one instance serves every symbol.
/// </summary>
public sealed class NoModelAiScore : IAiScoreSource
{
    /// <summary>The shared instance.</summary>
    public static NoModelAiScore Instance { get; } = new();

    /// <summary>Always <c>none</c>: no model loaded.</summary>
    public string Name => "none";

    /// <summary>Always null: no model loaded.</summary>
    public double? Score(Symbol symbol, in Candle candle) => null;
}
