using System.CommandLine;
using System.Globalization;
using CryptoAiBot.Domain.Candles;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Cli.Data;

/// <summary>
/// Reads the options of one <c>cab data</c> invocation, collecting every usage problem (missing option,
/// unknown timeframe, bad symbol or date, stray argument) so that one run lists all of them, exit code 2.
/// Options are plain strings parsed here rather than by System.CommandLine, whose own parse errors would
/// exit 1, the code these commands keep for bad data.
/// </summary>
internal sealed class DataArguments(ParseResult parse)
{
    private readonly List<string> _problems = [.. parse.UnmatchedTokens.Select(t => $"unexpected argument '{t}'")];

    public bool IsValid => _problems.Count == 0;

    /// <summary>A string option whose value may be left out (<c>--file</c> alone) so that a missing value is reported here.</summary>
    public static Option<string?> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    public string? Optional(Option<string?> option)
    {
        var value = parse.GetValue(option);
        if (value is null && parse.GetResult(option) is not null)
        {
            _problems.Add($"{option.Name} needs a value");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string Required(Option<string?> option)
    {
        var value = Optional(option);
        if (value is null && parse.GetResult(option) is null)
        {
            _problems.Add($"{option.Name} is required");
        }

        return value ?? "";
    }

    public string ExistingFile(Option<string?> option)
    {
        var path = Required(option);
        if (path.Length > 0 && !File.Exists(path))
        {
            _problems.Add($"{option.Name}: no file at '{Path.GetFullPath(path)}'");
        }

        return path;
    }

    public Symbol ParseSymbol(Option<string?> option)
    {
        var text = Required(option);
        var symbol = default(Symbol);
        if (text.Length > 0 && !Symbol.TryParse(text, out symbol))
        {
            _problems.Add($"{option.Name}: '{text}' is not a trading pair; expected BASE/QUOTE such as BTC/USDT");
        }

        return symbol;
    }

    public Timeframe ParseTimeframe(Option<string?> option)
    {
        var text = Required(option);
        var timeframe = default(Timeframe);
        if (text.Length > 0 && !Timeframe.TryParse(text, out timeframe))
        {
            _problems.Add($"{option.Name}: '{text}' is not a timeframe; expected one of {string.Join(", ", Timeframe.All)}");
        }

        return timeframe;
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

    public int PositiveInt(Option<string?> option, int defaultValue)
    {
        var text = Optional(option);
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        _problems.Add($"{option.Name}: '{text}' is not a positive whole number");
        return defaultValue;
    }

    public void Problem(string problem) => _problems.Add(problem);

    /// <summary>
    /// The SQLite file: <c>--db</c> when given, else <c>DB_PATH</c> from the settings. Null (and a problem)
    /// when the settings are invalid or point at PostgreSQL, which these commands do not write.
    /// </summary>
    public string? DatabasePath(Option<string?> option)
    {
        if (Optional(option) is { } explicitPath)
        {
            return explicitPath;
        }

        var loaded = SettingsLoader.LoadFromEnvironment();
        if (!loaded.IsValid)
        {
            _problems.Add(new SettingsValidationException(loaded.Problems).Message);
            return null;
        }

        if (loaded.Settings.Storage.DbUrl.IsSet)
        {
            _problems.Add($"DB_URL is set, but cab data works on SQLite only; pass {option.Name} PATH");
            return null;
        }

        return loaded.Settings.Storage.DbPath;
    }

    /// <summary>Prints every problem to standard error and returns <see cref="DataCommand.UsageErrorExitCode"/>.</summary>
    public async Task<int> ReportAsync(string commandName)
    {
        foreach (var problem in _problems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync($"Run 'cab data {commandName} --help' for usage.").ConfigureAwait(false);
        return DataCommand.UsageErrorExitCode;
    }
}
