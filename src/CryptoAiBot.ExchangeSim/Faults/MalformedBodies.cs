using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryptoAiBot.ExchangeSim.Faults;

/// <summary>Breaks a real response body the ways proxies and buggy gateways do.</summary>
internal static class MalformedBodies
{
    private const string HtmlPage =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    public static (byte[] Body, string ContentType) Break(byte[] json, SimMalformedBody how) => how switch
    {
        SimMalformedBody.Html => (Encoding.UTF8.GetBytes(HtmlPage), "text/html"),
        SimMalformedBody.WrongTypes => (WrongTypes(json), "application/json"),
        _ => (json.Length > 1 ? json[..(json.Length / 2)] : "{"u8.ToArray(), "application/json"),
    };

    private static byte[] WrongTypes(byte[] json)
    {
        try
        {
            var node = JsonNode.Parse(json);
            return Encoding.UTF8.GetBytes(Flip(node)?.ToJsonString() ?? "null");
        }
        catch (JsonException)
        {
            return "{\"id\":{}}"u8.ToArray();
        }
    }

    // Numeric strings become numbers, numbers and booleans become strings, recursively.
    private static JsonNode? Flip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    obj[name] = Flip(child?.DeepClone());
                }

                return obj;
            case JsonArray array:
                return new JsonArray([.. array.Select(child => Flip(child?.DeepClone()))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text + "x");
            case JsonValue value:
                return JsonValue.Create(value.ToJsonString());
            default:
                return node;
        }
    }
}
