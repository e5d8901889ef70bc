namespace CryptoAiBot.Application.Storage;

/// <summary>
/// An event written in the same transaction as the state change that caused it, published to the
/// bus only after that transaction committed. <see cref="Id"/> is assigned by the store (0 before).
/// The payload may be serialized only when <see cref="PayloadJson"/> is first read (see <see cref="EventPayload"/>).
/// </summary>
public sealed record OutboxMessage
{
    public OutboxMessage(long id, string topic, string payloadJson, string? symbol, string? traceId, DateTimeOffset createdAt)
        : this(id, topic, EventPayload.Json(payloadJson), symbol, traceId, createdAt)
    {
    }

    public OutboxMessage(long id, string topic, EventPayload payload, string? symbol, string? traceId, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        Id = id;
        Topic = topic;
        Payload = payload;
        Symbol = symbol;
        TraceId = traceId;
        CreatedAt = createdAt;
    }

    public long Id { get; init; }

    public string Topic { get; init; }

    /// <summary>The body, possibly not serialized yet.</summary>
    public EventPayload Payload { get; init; }

    /// <summary>The body as JSON (serialized now if it was deferred).</summary>
    public string PayloadJson => Payload.Text ?? throw new InvalidOperationException($"Outbox message {Id} ({Topic}) has no payload.");

    public string? Symbol { get; init; }

    public string? TraceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static OutboxMessage New(string topic, string payloadJson, string? symbol, string? traceId, DateTimeOffset createdAt) =>
        new(0, topic, payloadJson, symbol, traceId, createdAt);

    public static OutboxMessage New(string topic, EventPayload payload, string? symbol, string? traceId, DateTimeOffset createdAt) =>
        new(0, topic, payload, symbol, traceId, createdAt);
}
