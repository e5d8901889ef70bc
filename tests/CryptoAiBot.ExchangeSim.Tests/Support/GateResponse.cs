using System.Net.Http.Headers;
using System.Text.Json;

namespace CryptoAiBot.ExchangeSim.Tests.Support;

/// <summary>Status, headers and body of one answer; <see cref="Json"/> parses the body.</summary>
public sealed record GateResponse(int Status, string Body, HttpResponseHeaders Headers)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public string Label => Json.GetProperty("label").GetString() ?? "";

    public string Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
