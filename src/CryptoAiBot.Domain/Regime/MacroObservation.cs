namespace CryptoAiBot.Domain.Regime;

/// <summary>One value of a macro series (the dollar index, BTC dominance) at <see cref="Time"/>.</summary>
public readonly record struct MacroObservation(DateTimeOffset Time, decimal Value);
