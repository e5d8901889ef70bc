using System.Globalization;
using System.Text.Json;

namespace CryptoAiBot.ExchangeSim.Tests.Support;

/// <summary>Reading Gate's string-encoded numbers exactly.</summary>
public static class JsonAssertions
{
    public static decimal Dec(this JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetString() ?? throw new InvalidOperationException(name + " is null"), CultureInfo.InvariantCulture);

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";

    public static IReadOnlyList<string> FieldNames(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
