using System.Text.RegularExpressions;
using DotNetEnv;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Parses a <c>.env</c> file with DotNetEnv without touching the process environment: the file's values
/// are merged by <see cref="SettingsLoader"/>, where real environment variables take precedence.
/// </summary>
internal static partial class DotEnvFile
{
    public static (IReadOnlyList<KeyValuePair<string, string>> Variables, string? Problem) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"{path}: the file cannot be read");
        }

        try
        {
            return (Env.LoadContents(text, Env.NoEnvVars()).ToList(), null);
        }
        catch (Exception e)
        {
            // The parser's message quotes the text it consumed, which may be a secret: keep only the position.
            var position = ParserPosition().Match(e.Message);
            return ([], position.Success
                ? $"{path}: line {position.Groups["line"].Value} is not valid .env syntax"
                : $"{path}: not valid .env syntax");
        }
    }

    [GeneratedRegex(@"Line (?<line>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ParserPosition();
}
