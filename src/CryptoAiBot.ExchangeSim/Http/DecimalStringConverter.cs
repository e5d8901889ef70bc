using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate sends every price, amount and fee as a string; written without trailing zeros ("5", "0.0485").</summary>
internal sealed class DecimalStringConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString() ?? "", NumberStyles.Float, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Precision.Normalize(value).ToString(CultureInfo.InvariantCulture));
}
