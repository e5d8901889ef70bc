namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>One price level of an order book: price and base amount.</summary>
public readonly record struct GateBookLevel(decimal Price, decimal Amount);
