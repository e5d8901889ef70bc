using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Domain.Regime;

namespace CryptoAiBot.Infrastructure.Macro;

/// <summary>
/// Reads the documented macro source shapes, strictly: anything else is a <see cref="FormatException"/> saying
/// where, never a guessed number.
/// <list type="bullet">
/// <item>A series: <c>{"observations":[{"date":"2026-11-19","value":"104.2"},…]}</c> — FRED's
/// <c>series/observations</c> shape — or a bare array of such objects. The time is <c>date</c> or <c>time</c>: an ISO
/// 8601 date (midnight UTC) or instant, or unix seconds; <c>value</c> a positive number or numeric string, or
/// <c>"."</c> for a day without a value (FRED's marker), which is skipped.</item>
/// <item>The FOMC calendar: <c>{"decisions":[…]}</c>, <c>{"events":[…]}</c> or a bare array of ISO 8601 instants, unix
/// seconds, or objects with <c>time</c>. A date without a time of day is refused: the decision's hour matters.</item>
/// </list>
/// </summary>
internal static class MacroJson
{
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public static IReadOnlyList<MacroObservation> ParseSeries(JsonElement root)
    {
        var items = Items(root, "observations");
        var observations = new List<MacroObservation>(items.GetArrayLength());
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"observation {index} is not an object");
            }

            var time = item.TryGetProperty("date", out var date) ? date
                : item.TryGetProperty("time", out var t) ? t
                : throw new FormatException($"observation {index} has neither \"date\" nor \"time\"");
            if (!item.TryGetProperty("value", out var value))
            {
                throw new FormatException($"observation {index} has no \"value\"");
            }

            if (!(value.ValueKind == JsonValueKind.String && value.GetString() == "."))
            {
                observations.Add(new MacroObservation(Time(time, index, allowDate: true), Value(value, index)));
            }

            index++;
        }

        observations.Sort(static (a, b) => a.Time.CompareTo(b.Time));
        return observations;
    }

    public static IReadOnlyList<DateTimeOffset> ParseDecisions(JsonElement root)
    {
        var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("events", out var events) ? events : Items(root, "decisions");
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("\"events\" is not an array");
        }

        var decisions = new List<DateTimeOffset>(items.GetArrayLength());
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var time = item.ValueKind == JsonValueKind.Object
                ? item.TryGetProperty("time", out var t) ? t : throw new FormatException($"decision {index} has no \"time\"")
                : item;
            decisions.Add(Time(time, index, allowDate: false));
            index++;
        }

        decisions.Sort();
        return decisions;
    }

    /// <summary>The array under <paramref name="property"/>, or the root when it is an array itself.</summary>
    private static JsonElement Items(JsonElement root, string property)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array)
        {
            return items;
        }

        throw new FormatException($"expected an array or an object with an array \"{property}\"");
    }

    private static DateTimeOffset Time(JsonElement time, int index, bool allowDate)
    {
        if (time.ValueKind == JsonValueKind.Number && time.TryGetInt64(out var seconds) && seconds is > 0 and < 253_402_300_800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (time.ValueKind == JsonValueKind.String && time.GetString() is { } text)
        {
            if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant.ToUniversalTime();
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return allowDate
                    ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : throw new FormatException($"item {index}: '{text}' has no time of day; give an ISO 8601 instant such as {text}T19:00:00Z");
            }

            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var secondsText) && secondsText is > 0 and < 253_402_300_800)
            {
                return DateTimeOffset.FromUnixTimeSeconds(secondsText);
            }
        }

        throw new FormatException($"item {index}: {Echo(time)} is not an ISO 8601 time or unix seconds");
    }

    private static decimal Value(JsonElement value, int index)
    {
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var text) => text,
            _ => (decimal?)null,
        };
        return parsed is > 0m ? parsed.Value : throw new FormatException($"observation {index}: value {Echo(value)} is not a positive number");
    }

    /// <summary>A short echo of a bad value: enough to find it, never a whole body.</summary>
    private static string Echo(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }
}
