using System.Globalization;
using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Reading Gate.io JSON fields. Gate sends numbers as strings or as JSON numbers, times as seconds, milliseconds or
/// fractional-millisecond strings, and ids as strings or integers (facts.md §1, §8): those variants are accepted.
/// Anything else — a missing required field, a number that does not parse, an unexpected kind — throws a
/// <see cref="FormatException"/> naming the field, which the client turns into a MalformedResponse error value.
/// </summary>
internal static class GateJson
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static JsonElement Required(JsonElement obj, string context, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{context}: expected an object, got {obj.ValueKind}");
        }

        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"{context}.{name} is missing");
    }

    /// <summary>The field when present and not null (and, for strings, not empty); otherwise null.</summary>
    public static JsonElement? Optional(JsonElement obj, string context, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{context}: expected an object, got {obj.ValueKind}");
        }

        return obj.TryGetProperty(name, out var value)
               && value.ValueKind != JsonValueKind.Null
               && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
            ? value
            : null;
    }

    public static decimal Decimal(JsonElement obj, string context, string name) =>
        ToDecimal(Required(obj, context, name), $"{context}.{name}");

    public static decimal? OptionalDecimal(JsonElement obj, string context, string name) =>
        Optional(obj, context, name) is { } value ? ToDecimal(value, $"{context}.{name}") : null;

    public static decimal ToDecimal(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), DecimalStyle, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new FormatException($"{field}: {Show(value)} is not a number");
    }

    public static string String(JsonElement obj, string context, string name)
    {
        var value = Required(obj, context, name);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"{context}.{name}: {Show(value)} is not a string");
    }

    public static string? OptionalString(JsonElement obj, string context, string name)
    {
        if (Optional(obj, context, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"{context}.{name}: {Show(value)} is not a string");
    }

    /// <summary>An id sent as a string or as an integer (price-order ids are both, depending on the source).</summary>
    public static string Id(JsonElement obj, string context, string name) =>
        ToId(Required(obj, context, name), $"{context}.{name}");

    public static string? OptionalId(JsonElement obj, string context, string name) =>
        Optional(obj, context, name) is { } value ? ToId(value, $"{context}.{name}") : null;

    public static int Int(JsonElement obj, string context, string name)
    {
        var value = Required(obj, context, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new FormatException($"{context}.{name}: {Show(value)} is not an integer");
    }

    public static bool? OptionalBool(JsonElement obj, string context, string name)
    {
        if (Optional(obj, context, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when value.GetString() is "true" or "false" => value.GetString() == "true",
            _ => throw new FormatException($"{context}.{name}: {Show(value)} is not a boolean"),
        };
    }

    /// <summary>A Unix time in seconds (int, string or fractional) as an instant; 0 means "not set" and gives null.</summary>
    public static DateTimeOffset? OptionalSeconds(JsonElement obj, string context, string name) =>
        OptionalDecimal(obj, context, name) is { } seconds and not 0m ? FromMilliseconds(seconds * 1000m, $"{context}.{name}") : null;

    /// <summary>A Unix time in milliseconds (int, string or fractional string such as "1706382263841.325000").</summary>
    public static DateTimeOffset? OptionalMilliseconds(JsonElement obj, string context, string name) =>
        OptionalDecimal(obj, context, name) is { } ms and not 0m ? FromMilliseconds(ms, $"{context}.{name}") : null;

    public static DateTimeOffset FromMilliseconds(decimal milliseconds, string field)
    {
        // Sub-millisecond digits are kept (as ticks): trades of one order differ only there.
        const decimal MaxMs = 253402300799999m;
        return milliseconds is > 0m and <= MaxMs
            ? DateTimeOffset.UnixEpoch.AddTicks((long)decimal.Truncate(milliseconds * TimeSpan.TicksPerMillisecond))
            : throw new FormatException($"{field}: {milliseconds} is not a time");
    }

    public static JsonElement Array(JsonElement value, string context) =>
        value.ValueKind == JsonValueKind.Array ? value : throw new FormatException($"{context}: expected an array, got {value.ValueKind}");

    private static string ToId(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString()!.Length > 0 => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new FormatException($"{field}: {Show(value)} is not an id"),
    };

    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }
}
