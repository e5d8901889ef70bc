namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate.io's rate-limit classes (facts.md §6), each with its own token buckets: public endpoints and private reads
/// 200 per 10 s per endpoint, order placement (and amend) 10 per second per pair, cancellation 200 per second, and
/// other private endpoints 200 per 10 s per endpoint.
/// </summary>
internal enum GateEndpointClass
{
    Public = 1,
    PrivateRead,
    OrderPlacement,
    Cancellation,
    Other,
}
