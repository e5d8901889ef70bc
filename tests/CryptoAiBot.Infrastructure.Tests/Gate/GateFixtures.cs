using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>The recorded Gate.io examples in <c>../shared/gateio</c>: ccxt's request and response fixtures and the official doc examples.</summary>
internal static class GateFixtures
{
    private static readonly Lazy<JsonElement> Requests = new(() => Load("gate_request_fixtures.json"));
    private static readonly Lazy<JsonElement> Responses = new(() => Load("gate_response_fixtures.json"));
    private static readonly Lazy<JsonElement> Docs = new(() => Load("gate_official_doc_examples.json"));

    public static JsonElement Doc => Docs.Value;

    /// <summary>Every fixture of a file as "method#index: description".</summary>
    public static IEnumerable<string> Keys(bool requests) =>
        (requests ? Requests : Responses).Value.GetProperty("methods").EnumerateObject()
            .SelectMany(method => method.Value.EnumerateArray().Select((f, i) => $"{method.Name}#{i}: {f.GetProperty("description").GetString()}"));

    public static JsonElement Request(string key) => Find(Requests.Value, key);

    public static JsonElement Response(string key) => Find(Responses.Value, key);

    private static JsonElement Find(JsonElement file, string key)
    {
        var (method, index) = (key[..key.IndexOf('#', StringComparison.Ordinal)], int.Parse(key[(key.IndexOf('#', StringComparison.Ordinal) + 1)..key.IndexOf(':', StringComparison.Ordinal)]));
        return file.GetProperty("methods").GetProperty(method)[index];
    }

    private static JsonElement Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Shared("gateio/" + name)));
        return document.RootElement.Clone();
    }
}
