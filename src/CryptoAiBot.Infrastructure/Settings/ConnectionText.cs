using System.Text.RegularExpressions;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Connection strings (DB_URL, EVENT_BUS_URL) may embed a password, either as URL user info
/// (<c>redis://:pw@host</c>) or as a <c>Password=pw</c> pair. These helpers show the rest of the string
/// and find the password so the redactor can also hide it where it appears on its own. The raw text is
/// scanned rather than parsed with <see cref="Uri"/>, which would re-escape what it returns.
/// </summary>
internal static partial class ConnectionText
{
    /// <summary>The string with its credentials replaced by <c>***</c>; <c>***</c> alone when it cannot tell where they are.</summary>
    public static string Mask(Secret connection)
    {
        var value = connection.Reveal();
        if (value.Length == 0)
        {
            return "";
        }

        if (FindUserInfo(value) is var (start, end))
        {
            if (start == end)
            {
                return value;
            }

            var colon = value.IndexOf(':', start, end - start);
            var kept = colon < 0 ? "" : value[start..(colon + 1)];
            return $"{value[..start]}{kept}{Secret.Mask}{value[end..]}";
        }

        return value.Contains('=', StringComparison.Ordinal)
            ? PasswordPair().Replace(value, m => $"{m.Groups["key"].Value}={Secret.Mask}")
            : Secret.Mask;
    }

    /// <summary>The credential parts, each to be redacted wherever it shows up alone (e.g. in a driver's exception).</summary>
    public static IEnumerable<string> Credentials(Secret connection)
    {
        var value = connection.Reveal();
        if (FindUserInfo(value) is var (start, end))
        {
            var colon = value.IndexOf(':', start, end - start);
            var credential = colon < 0 ? value[start..end] : value[(colon + 1)..end];
            if (credential.Length > 0)
            {
                yield return credential;
                yield return Uri.UnescapeDataString(credential);
            }

            yield break;
        }

        foreach (Match match in PasswordPair().Matches(value))
        {
            if (match.Groups["value"].Length > 0)
            {
                yield return match.Groups["value"].Value;
            }
        }
    }

    /// <summary>Where the user info of a <c>scheme://user:pw@host/...</c> string lies, or null when it is not a URL.</summary>
    private static (int Start, int End)? FindUserInfo(string value)
    {
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        var start = schemeEnd + 3;
        var authorityEnd = value.IndexOfAny(['/', '?', '#'], start);
        authorityEnd = authorityEnd < 0 ? value.Length : authorityEnd;
        var at = value.LastIndexOf('@', authorityEnd - 1, authorityEnd - start);
        return at < 0 ? (start, start) : (start, at);
    }

    [GeneratedRegex(@"(?<key>\b(?:password|pwd)\s*)=(?<value>[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPair();
}
