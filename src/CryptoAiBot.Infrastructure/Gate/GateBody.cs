using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>A JSON request body written once to bytes: those exact bytes are hashed for the signature and sent.</summary>
internal static class GateBody
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void Decimal(Utf8JsonWriter writer, string name, decimal value) => writer.WriteString(name, GateNumber.Format(value));
}
