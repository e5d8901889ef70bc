using System.CommandLine;
using System.Globalization;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// Reads the options of one <c>cab backtest</c> invocation and collects every usage problem (stray argument,
/// missing value, number that does not parse, choice that does not exist), so one run lists all of them
/// and exits 2. Options are plain strings parsed here because System.CommandLine's own conversion errors
/// exit 1, the code this command keeps for a bad data file.
/// </summary>
internal sealed class BacktestArguments(ParseResult parse)
{
    public const int UsageErrorExitCode = 2;

    private readonly List<string> _problems = [.. parse.UnmatchedTokens.Select(t => $"unexpected argument '{t}'")];

    public bool IsValid => _problems.Count == 0;

    /// <summary>A string option whose value may be left out, so a missing value is reported here rather than by the parser.</summary>
    public static Option<string?> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    public bool Given(Option option) => parse.GetResult(option) is not null;

    public bool Flag(Option<bool> option) => parse.GetValue(option);

    public string? Optional(Option<string?> option)
    {
        var value = parse.GetValue(option);
        if (string.IsNullOrWhiteSpace(value) && Given(option))
        {
            _problems.Add($"{option.Name} needs a value");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string? ExistingFile(Option<string?> option)
    {
        var path = Optional(option);
        if (path is null && !Given(option))
        {
            _problems.Add($"{option.Name} is required");
        }
        else if (path is not null && !File.Exists(path))
        {
            _problems.Add($"{option.Name}: no file at '{Path.GetFullPath(path)}'");
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
            _problems.Add($"{option.Name}: no folder for '{Path.GetFullPath(path)}'");
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

        _problems.Add($"{option.Name}: '{text}' is not a number (use a dot for decimals, e.g. 0.2)");
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

        _problems.Add($"{option.Name}: '{text}' is not a whole number");
        return defaultValue;
    }

    /// <summary>An ISO-8601 time; without an offset it is taken as UTC (<c>2021-04-02</c>, <c>2021-04-02T10:00:00Z</c>).</summary>
    public DateTimeOffset? Time(Option<string?> option)
    {
        var text = Optional(option);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        _problems.Add($"{option.Name}: '{text}' is not an ISO-8601 UTC time such as 2021-04-02 or 2021-04-02T10:00:00Z");
        return null;
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

        _problems.Add($"{option.Name}: '{text}' is not one of {string.Join(", ", choices.Keys)}");
        return defaultValue;
    }

    public void Problem(string problem) => _problems.Add(problem);

    public void Problems(IEnumerable<string> problems) => _problems.AddRange(problems);

    /// <summary>Prints every problem to standard error and returns <see cref="UsageErrorExitCode"/>.</summary>
    public async Task<int> ReportAsync()
    {
        foreach (var problem in _problems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync("Run 'cab backtest --help' for usage.").ConfigureAwait(false);
        return UsageErrorExitCode;
    }
}
