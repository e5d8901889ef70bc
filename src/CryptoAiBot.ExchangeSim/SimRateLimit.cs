namespace CryptoAiBot.ExchangeSim;

/// <summary>At most <see cref="Requests"/> in each fixed <see cref="Window"/> of the simulator's clock.</summary>
public sealed record SimRateLimit(int Requests, TimeSpan Window);
