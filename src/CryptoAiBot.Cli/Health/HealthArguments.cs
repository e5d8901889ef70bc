using System.CommandLine;
using System.Globalization;
using CryptoAiBot.Cli.Arguments;

namespace CryptoAiBot.Cli.Health;

/// <summary>The options of one <c>cab health</c> invocation, every usage problem collected.</summary>
internal sealed class HealthArguments(ParseResult parse) : CommandArguments(parse)
{
    /// <summary>The bot's default listening address (HTTP_HOST/HTTP_PORT defaults).</summary>
    public const string DefaultUrl = "http://127.0.0.1:8000";

    public Uri Url(Option<string?> option)
    {
        var text = Optional(option) ?? DefaultUrl;
        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        Problem($"{option.Name}: '{text}' is not an http(s) URL such as {DefaultUrl}");
        return new Uri(DefaultUrl + "/");
    }

    /// <summary>A positive number of seconds (fractions allowed), or null when the option is absent.</summary>
    public TimeSpan? Seconds(Option<string?> option)
    {
        var text = Optional(option);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= TimeSpan.FromDays(1).TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        Problem($"{option.Name}: '{text}' is not a number of seconds between 0 and 86400");
        return null;
    }

    public int? Count(Option<string?> option)
    {
        var text = Optional(option);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return count;
        }

        Problem($"{option.Name}: '{text}' is not a positive whole number");
        return null;
    }

    public async Task<int> ReportAsync()
    {
        foreach (var problem in AllProblems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync("Run 'cab health --help' for usage.").ConfigureAwait(false);
        return HealthExitCodes.Unknown;
    }
}
