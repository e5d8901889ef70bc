using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Writes a <see cref="Secret"/> as its mask. Reading is refused: secrets come from configuration, never from JSON.</summary>
public sealed class SecretJsonConverter : JsonConverter<Secret>
{
    public override Secret Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("Secrets are read from configuration only, never from JSON.");

    public override void Write(Utf8JsonWriter writer, Secret value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
