using System.Text.Json;
using System.Text.Json.Serialization;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate's JSON conventions: snake_case names, decimals as strings, absent optional fields left out.</summary>
internal static class GateJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new DecimalStringConverter(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>For control requests: missing or null required fields are errors, not silent nulls.</summary>
    public static readonly JsonSerializerOptions StrictRead = new(Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static IResult Ok<T>(T value, int status = StatusCodes.Status200OK) => Results.Json(value, Options, statusCode: status);

    public static IResult Error(GateError error) => Results.Json(new ErrorBody(error.Label, error.Message), Options, statusCode: error.Status);

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static string Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public sealed record ErrorBody(string Label, string Message);
}
