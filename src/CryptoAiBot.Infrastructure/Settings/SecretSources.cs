using System.Text;
using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Resolves one exchange credential from the first source that is set, in this order: NAME, NAME_FILE
/// (file contents, trimmed), NAME_B64 (base64 of UTF-8), SECRETS_FILE (JSON object with NAME or name).
/// The first source set wins even when it is broken: falling through to the next one would run with a
/// credential the operator did not mean. Problems name the variable, never the value; file paths are left
/// out too, and exception messages are not copied because they can quote file contents.
/// </summary>
internal sealed class SecretSources(VariableReader r)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string? _secretsFilePath;
    private JsonElement? _secretsJson;
    private bool _secretsFileRead;

    /// <summary>The resolved secret, the variable it came from ("" when unset), and whether a set source was broken.</summary>
    public (Secret Value, string Source, bool Failed) Resolve(string name)
    {
        var direct = r.Raw(name);
        var file = r.Raw($"{name}_FILE");
        var base64 = r.Raw($"{name}_B64");
        _secretsFilePath ??= r.Raw("SECRETS_FILE");

        if (direct is not null)
        {
            return (new Secret(direct), name, false);
        }

        var (value, source) = file is not null ? (FromFile($"{name}_FILE", file), $"{name}_FILE")
            : base64 is not null ? (FromBase64($"{name}_B64", base64), $"{name}_B64")
            : _secretsFilePath is not null ? (FromSecretsFile(name), "SECRETS_FILE")
            : (Secret.None, "");
        return value is null ? (Secret.None, source, true) : (value, value.IsSet ? source : "", false);
    }

    private Secret? FromFile(string variable, string path)
    {
        var text = ReadFile(variable, path);
        if (text is null)
        {
            return null;
        }

        var value = text.Trim();
        if (value.Length == 0)
        {
            r.Problem($"{variable}: the file is empty");
            return null;
        }

        return new Secret(value);
    }

    private Secret? FromBase64(string variable, string encoded)
    {
        try
        {
            var value = StrictUtf8.GetString(Convert.FromBase64String(encoded)).Trim();
            if (value.Length > 0)
            {
                return new Secret(value);
            }

            r.Problem($"{variable}: decodes to an empty value");
        }
        catch (FormatException)
        {
            r.Problem($"{variable}: not valid base64");
        }
        catch (DecoderFallbackException)
        {
            r.Problem($"{variable}: decodes to bytes that are not UTF-8 text");
        }

        return null;
    }

    private Secret? FromSecretsFile(string name)
    {
        if (!_secretsFileRead)
        {
            _secretsFileRead = true;
            _secretsJson = ReadSecretsJson(_secretsFilePath ?? "");
        }

        if (_secretsJson is not { } json)
        {
            return null;
        }

        foreach (var field in new[] { name, name.ToLowerInvariant() })
        {
            if (!json.TryGetProperty(field, out var element))
            {
                continue;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                r.Problem($"SECRETS_FILE: field '{field}' is not a string");
                return null;
            }

            return new Secret(element.GetString()?.Trim() ?? "");
        }

        // A secrets file holding only some of the fields is fine; MODE=live checks that both ended up set.
        return Secret.None;
    }

    private JsonElement? ReadSecretsJson(string path)
    {
        var text = ReadFile("SECRETS_FILE", path);
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }

            r.Problem("SECRETS_FILE: must contain a JSON object with API_KEY and API_SECRET fields");
        }
        catch (JsonException e)
        {
            r.Problem($"SECRETS_FILE: not valid JSON (line {(e.LineNumber ?? 0) + 1})");
        }

        return null;
    }

    private string? ReadFile(string variable, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            r.Problem($"{variable}: the file does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            r.Problem($"{variable}: the file cannot be read");
        }

        return null;
    }
}
