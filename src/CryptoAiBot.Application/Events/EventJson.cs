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

    public static OutboxMessage Outbox<T>(string topic, T payload, string? symbol, string? traceId, DateTimeOffset now) =>
        OutboxMessage.New(topic, Serialize(payload), symbol, traceId, now);
}
