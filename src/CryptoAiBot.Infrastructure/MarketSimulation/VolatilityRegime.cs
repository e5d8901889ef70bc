namespace CryptoAiBot.Infrastructure.MarketSimulation;

/// <summary>How agitated the simulated market is; sets per-step volatility, spread and volume.</summary>
internal enum VolatilityRegime
{
    Calm = 0,
    Normal = 1,
    Volatile = 2,
}
