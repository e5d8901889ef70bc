using System.CommandLine;
using CryptoAiBot.Cli.Arguments;
using System.Globalization;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// Reads the options of one <c>cab backtest</c> invocation and collects every usage problem (stray argument,
/// missing value, number that does not parse, choice that does not exist), so one run lists all of them
/// and exits 2. Options are plain strings parsed here because System.CommandLine's own conversion errors
/// exit 1, the code this command keeps for a bad data file.
/// </summary>
internal sealed class BacktestArguments(ParseResult parse) : CommandArguments(parse)
{
    public const int UsageErrorExitCode = 2;

    public bool Flag(Option<bool> option) => Parse.GetValue(option);

    public string? ExistingFile(Option<string?> option)
    {
        var path = Optional(option);
        if (path is null && !Given(option))
        {
            Problem($"{option.Name} is required");
        }
        else if (path is not null && !File.Exists(path))
        {
            Problem($"{option.Name}: no file at '{Path.GetFullPath(path)}'");
            return null;
        }

        return path;
    }

    /// <summary>A file to write, if given; its folder must exist so a run does not fail only at its end.</summary>
    public string? OutputFile(Option<string?> option)
    {
        var path = Optional(option);
        if (path is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
        {
            Problem($"{option.Name}: no folder for '{Path.GetFullPath(path)}'");
            return null;
        }

        return path;
    }

    public decimal Decimal(Option<string?> option, decimal defaultValue)
    {
        var text = Optional(option);
        if (text is null)
        {
            return defaultValue;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem($"{option.Name}: '{text}' is not a number (use a dot for decimals, e.g. 0.2)");
        return defaultValue;
    }

    public int Int(Option<string?> option, int defaultValue)
    {
        var text = Optional(option);
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem($"{option.Name}: '{text}' is not a whole number");
        return defaultValue;
    }

    /// <summary>One of <paramref name="choices"/> (case-insensitive), or <paramref name="defaultValue"/> when the option is absent.</summary>
    public T Choice<T>(Option<string?> option, T defaultValue, IReadOnlyDictionary<string, T> choices)
    {
        var text = Optional(option);
        if (text is null)
        {
            return defaultValue;
        }

        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Problem($"{option.Name}: '{text}' is not one of {string.Join(", ", choices.Keys)}");
        return defaultValue;
    }

    /// <summary>Prints every problem to standard error and returns <see cref="UsageErrorExitCode"/>.</summary>
    public async Task<int> ReportAsync()
    {
        foreach (var problem in AllProblems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync("Run 'cab backtest --help' for usage.").ConfigureAwait(false);
        return UsageErrorExitCode;
    }
}
