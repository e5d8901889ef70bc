namespace CryptoAiBot.Application.Storage;

/// <summary>
/// An event written in the same transaction as the state change that caused it, published to the
/// bus only after that transaction committed. <see cref="Id"/> is assigned by the store (0 before).
/// </summary>
public sealed record OutboxMessage(
    long Id,
    string Topic,
    string PayloadJson,
    string? Symbol,
    string? TraceId,
    DateTimeOffset CreatedAt)
{
    public static OutboxMessage New(string topic, string payloadJson, string? symbol, string? traceId, DateTimeOffset createdAt) =>
        new(0, topic, payloadJson, symbol, traceId, createdAt);
}
