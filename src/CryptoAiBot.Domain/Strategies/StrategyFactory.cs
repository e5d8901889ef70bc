using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>Makes the strategy instance of one symbol; strategies keep per-symbol state.</summary>
public delegate IStrategy StrategyFactory(Symbol symbol);
