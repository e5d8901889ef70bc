namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>A trade print of the simulated market: the price moved to <see cref="Price"/> with <see cref="Volume"/> base traded.</summary>
internal readonly record struct PricePoint(DateTimeOffset Time, decimal Price, decimal Volume);
