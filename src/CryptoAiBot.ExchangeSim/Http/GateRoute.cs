namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Endpoint metadata: the rate-limit class of a Gate endpoint and whether it needs a signature.</summary>
internal sealed record GateRoute(RateClass RateClass, bool Signed);
