using System.Text.Json;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>
/// The request body, read once and kept: the signature covers its exact bytes, the placement rate limit needs its
/// pair, and the handler parses it. Fields are read leniently (a number where Gate wants a string is accepted).
/// </summary>
internal static class RequestBody
{
    private const string ItemKey = "gate.body";

    public static async Task<byte[]> ReadAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is byte[] bytes)
        {
            return bytes;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        bytes = buffer.ToArray();
        context.Items[ItemKey] = bytes;
        return bytes;
    }

    /// <summary>The body as a JSON object, or INVALID_REQUEST_BODY.</summary>
    public static async Task<GateResult<JsonElement>> ObjectAsync(HttpContext context)
    {
        var bytes = await ReadAsync(context).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : new GateError(400, "INVALID_REQUEST_BODY", "Request body must be a JSON object");
        }
        catch (JsonException)
        {
            return new GateError(400, "INVALID_REQUEST_BODY", "Invalid request body");
        }
    }

    /// <summary>A field as text: strings as they are, other values as their JSON text; null when absent or null.</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            }
            : null;

    public static JsonElement Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;
}
