using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Application.Alerts;

namespace CryptoAiBot.Host.Endpoints;

/// <summary>
/// Reads Alertmanager's webhook body (payload version 4) and lists every problem at once: the required fields
/// (<c>version</c>, <c>status</c>, <c>receiver</c>, <c>groupKey</c>, a non-empty <c>alerts</c> array whose items each
/// have <c>status</c>, <c>labels</c> and an RFC 3339 <c>startsAt</c>), with optional ones read when present.
/// </summary>
internal static class AlertmanagerPayloadReader
{
    public const int MaxAlerts = 1000;

    private static readonly string[] Statuses = ["firing", "resolved"];

    public static (AlertmanagerNotice? Notice, IReadOnlyList<string> Problems) Read(JsonElement root)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, ["the body must be a JSON object"]);
        }

        var version = String(root, "version", problems);
        if (version is not null && version != "4")
        {
            problems.Add($"version must be \"4\"; got \"{Cut(version)}\"");
        }

        var status = Status(root, "status", problems);
        var receiver = String(root, "receiver", problems);
        var groupKey = String(root, "groupKey", problems, allowEmpty: true);
        var alerts = new List<AlertmanagerAlert>();
        if (!root.TryGetProperty("alerts", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            problems.Add("alerts must be a non-empty array");
        }
        else if (items.GetArrayLength() > MaxAlerts)
        {
            problems.Add($"alerts has {items.GetArrayLength()} items; at most {MaxAlerts} are accepted");
        }
        else
        {
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (Alert(item, $"alerts[{index}]", problems) is { } alert)
                {
                    alerts.Add(alert);
                }

                index++;
            }
        }

        var externalUrl = root.TryGetProperty("externalURL", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        return problems.Count > 0
            ? (null, problems)
            : (new AlertmanagerNotice(status!, receiver!, groupKey!, alerts, externalUrl), problems);
    }

    private static AlertmanagerAlert? Alert(JsonElement item, string path, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path} must be an object");
            return null;
        }

        var before = problems.Count;
        var status = Status(item, "status", problems, path);
        var labels = Map(item, "labels", path, problems, required: true);
        var annotations = Map(item, "annotations", path, problems, required: false);
        var startsAt = Time(item, "startsAt", path, problems, required: true);
        var endsAt = Time(item, "endsAt", path, problems, required: false);
        if (problems.Count > before)
        {
            return null;
        }

        return new AlertmanagerAlert(
            status!, labels, annotations, startsAt!.Value,
            // Alertmanager sends the zero time for "not ended".
            endsAt is { Year: > 1 } ended ? ended : null,
            OptionalString(item, "fingerprint"),
            OptionalString(item, "generatorURL"));
    }

    private static string? Status(JsonElement parent, string name, List<string> problems, string? path = null)
    {
        var value = String(parent, name, problems, path: path);
        if (value is not null && !Statuses.Contains(value))
        {
            problems.Add($"{Name(path, name)} must be firing or resolved; got \"{Cut(value)}\"");
            return null;
        }

        return value;
    }

    private static string? String(JsonElement parent, string name, List<string> problems, bool allowEmpty = false, string? path = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || (!allowEmpty && value.GetString()!.Length == 0))
        {
            problems.Add($"{Name(path, name)} is required (a{(allowEmpty ? "" : " non-empty")} string)");
            return null;
        }

        return value.GetString();
    }

    private static Dictionary<string, string> Map(JsonElement parent, string name, string path, List<string> problems, bool required)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{path}.{name} is required (an object of strings)");
            }

            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}.{name} must be an object of strings");
            return map;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                problems.Add($"{path}.{name}.{Cut(property.Name)} must be a string");
                continue;
            }

            map[property.Name] = property.Value.GetString()!;
        }

        return map;
    }

    private static DateTimeOffset? Time(JsonElement parent, string name, string path, List<string> problems, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{path}.{name} is required (an RFC 3339 time)");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        problems.Add($"{path}.{name} must be an RFC 3339 time");
        return null;
    }

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Name(string? path, string name) => path is null ? name : $"{path}.{name}";

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
