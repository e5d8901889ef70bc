using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>One HTTP answer from Gate: status, raw body, rate-limit headers, and when it was sent and received (local time).</summary>
internal sealed record GateResponse(int Status, byte[] Body, GateRateLimitHeaders RateLimit, DateTimeOffset SentAt, DateTimeOffset ReceivedAt)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    private (string? Label, string? Message)? _error;

    /// <summary>The <c>label</c> of an error body (<c>{"label": "...", "message": "..."}</c>), or null.</summary>
    public string? Label => (_error ??= ReadError()).Label;

    /// <summary>The error's <c>message</c> (sometimes sent as <c>detail</c>), or null.</summary>
    public string? Message => (_error ??= ReadError()).Message;

    private (string? Label, string? Message) ReadError()
    {
        if (IsSuccess || Body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(Body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? (Text(root, "label"), Text(root, "message") ?? Text(root, "detail"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
