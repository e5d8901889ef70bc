using System.Globalization;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Reads typed values out of the variable table. Every problem is collected rather than thrown, so one
/// start reports the whole configuration at once; a value that fails to parse falls back to its default
/// so later checks do not report the same mistake twice. Every name asked for is recorded: that record is
/// <see cref="SettingsLoader.KnownVariables"/>.
/// </summary>
internal sealed class VariableReader(IReadOnlyDictionary<string, string?> variables)
{
    // Raw values are echoed in parse errors to help the operator; long ones are cut so a value pasted into
    // the wrong variable does not end up whole in a log. Secret variables are never parsed, hence never echoed.
    private const int MaxEchoLength = 40;

    private readonly List<string> _problems = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _names = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Problems => _problems;

    public IReadOnlyList<string> Warnings => _warnings;

    public IReadOnlyList<string> Names => _names;

    public void Problem(string message) => _problems.Add(message);

    public void Warning(string message) => _warnings.Add(message);

    /// <summary>The trimmed value, or null when unset or blank: <c>NAME=</c> in a .env file means "use the default".</summary>
    public string? Raw(string name)
    {
        if (_seen.Add(name))
        {
            _names.Add(name);
        }

        return variables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    public string String(string name, string fallback) => Raw(name) ?? fallback;

    public bool Bool(string name, bool fallback)
    {
        var raw = Raw(name);
        switch (raw?.ToLowerInvariant())
        {
            case null:
                return fallback;
            case "1" or "true" or "yes" or "on":
                return true;
            case "0" or "false" or "no" or "off":
                return false;
            default:
                Problem($"{name}: {Echo(raw)} is not a boolean (use 1/0, true/false, yes/no, on/off)");
                return fallback;
        }
    }

    public decimal Decimal(string name, decimal fallback)
    {
        var raw = Raw(name);
        return raw is null ? fallback : ParseDecimal(name, raw) ?? fallback;
    }

    public int Int(string name, int fallback)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem($"{name}: {Echo(raw)} is not a whole number");
        return fallback;
    }

    /// <summary>A duration written as a (possibly fractional) number of <paramref name="unit"/>s; must be > 0 unless <paramref name="allowZero"/>.</summary>
    public TimeSpan Duration(string name, TimeSpan fallback, TimeSpan unit, bool allowZero = false)
    {
        var raw = Raw(name);
        if (raw is null || ParseDecimal(name, raw) is not { } amount)
        {
            return fallback;
        }

        if (amount < 0 || (amount == 0 && !allowZero))
        {
            Problem(allowZero
                ? $"{name} must not be negative; got {SettingText.Number(amount)}"
                : $"{name} must be > 0; got {SettingText.Number(amount)}");
            return fallback;
        }

        try
        {
            return TimeSpan.FromTicks(decimal.ToInt64(decimal.Round(amount * unit.Ticks)));
        }
        catch (OverflowException)
        {
            Problem($"{name}: {Echo(raw)} is too large");
            return fallback;
        }
    }

    /// <summary>One of a closed set of names, compared case-insensitively.</summary>
    public T Choice<T>(string name, T fallback, IReadOnlyList<(string Name, T Value)> options)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        foreach (var option in options)
        {
            if (string.Equals(option.Name, raw, StringComparison.OrdinalIgnoreCase))
            {
                return option.Value;
            }
        }

        Problem($"{name}: {Echo(raw)} is not one of {string.Join(", ", options.Select(o => o.Name))}");
        return fallback;
    }

    /// <summary>A comma-separated list with blank entries dropped; null when the variable is unset.</summary>
    public IReadOnlyList<string>? List(string name) =>
        Raw(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An optional absolute http(s) URL; the value is not echoed because URLs may carry credentials.</summary>
    public string Url(string name)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return "";
        }

        if (Uri.TryCreate(raw, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return raw;
        }

        Problem($"{name} is not an absolute http(s) URL");
        return "";
    }

    public decimal? ParseDecimal(string name, string raw)
    {
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem($"{name}: {Echo(raw)} is not a number");
        return null;
    }

    public static string Echo(string raw) =>
        raw.Length <= MaxEchoLength ? $"'{raw}'" : $"'{raw[..MaxEchoLength]}…'";
}
