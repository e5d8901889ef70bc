namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Where paper trading gets its prices (PRICE_FEED). Live trading always prices from the exchange.</summary>
public enum PriceFeedKind
{
    /// <summary>The built-in market simulator (SIM_SEED, SIM_START_PRICE, SIM_TICK_MS).</summary>
    Sim,

    /// <summary>A constant price, FIXED_PRICE.</summary>
    Fixed,

    /// <summary>Public tickers of the exchange.</summary>
    Live,
}
