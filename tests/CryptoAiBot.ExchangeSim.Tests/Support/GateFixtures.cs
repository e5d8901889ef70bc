using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.ExchangeSim.Tests.Support;

/// <summary>The recorded Gate request/response shapes in <c>shared/gateio/</c>.</summary>
public static class GateFixtures
{
    /// <summary>Official documentation examples and signature vectors.</summary>
    public static JsonElement Official { get; } = Load("gate_official_doc_examples.json");

    /// <summary>ccxt's live responses, by method.</summary>
    public static JsonElement Live { get; } = Load("gate_response_fixtures.json").GetProperty("methods");

    private static JsonElement Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Shared("gateio/" + file)));
        return document.RootElement.Clone();
    }
}
