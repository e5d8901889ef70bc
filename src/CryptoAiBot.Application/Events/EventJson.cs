using System.Text.Json;
using System.Text.Json.Serialization;
using CryptoAiBot.Application.Storage;

namespace CryptoAiBot.Application.Events;

/// <summary>One JSON shape for every event payload: snake_case names, decimals as JSON numbers.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    /// <summary>
    /// <paramref name="payload"/> as an outbox body serialized by <see cref="Serialize{T}"/> when first read, so the
    /// payload must not change afterwards (event payloads are immutable records). One body may be shared by
    /// several messages: it is serialized once for all.
    /// </summary>
    public static EventPayload Deferred<T>(T payload) => new DeferredJson<T>(payload);

    public static OutboxMessage Outbox<T>(string topic, T payload, string? symbol, string? traceId, DateTimeOffset now) =>
        OutboxMessage.New(topic, Deferred(payload), symbol, traceId, now);

    private sealed class DeferredJson<T>(T payload) : EventPayload
    {
        // The serializer always produces text (a null payload is the JSON "null").
        public override bool IsMissing => false;

        protected override string Serialize() => EventJson.Serialize(payload);
    }
}
