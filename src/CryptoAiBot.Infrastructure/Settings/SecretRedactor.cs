using System.Diagnostics.CodeAnalysis;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Replaces every occurrence of a known secret value in a text with <c>***</c>: the last line of defence for
/// log messages and exception texts that may quote a request, a URL or a driver error.
/// </summary>
public sealed class SecretRedactor
{
    private readonly string[] _values;

    public SecretRedactor(IEnumerable<string?> secretValues)
    {
        ArgumentNullException.ThrowIfNull(secretValues);

        // Longest first, so a secret that contains another is replaced whole rather than leaving a tail.
        _values = secretValues
            .Where(v => !string.IsNullOrEmpty(v))
            .Select(v => v!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length)
            .ToArray();
    }

    /// <summary>A redactor with nothing to hide.</summary>
    public static SecretRedactor None { get; } = new([]);

    public bool IsEmpty => _values.Length == 0;

    /// <summary>A redactor for every secret in the settings, including passwords embedded in DB_URL and EVENT_BUS_URL.</summary>
    public static SecretRedactor For(BotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var values = new List<string>();
        foreach (var secret in settings.Secrets())
        {
            values.Add(secret.Reveal());
        }

        values.AddRange(ConnectionText.Credentials(settings.Storage.DbUrl));
        values.AddRange(ConnectionText.Credentials(settings.Service.EventBusUrl));
        return new SecretRedactor(values);
    }

    /// <summary>The text with every secret replaced by <c>***</c>; the same instance when there was nothing to replace.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var value in _values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, Secret.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
