using System.CommandLine;
using CryptoAiBot.Cli.Arguments;
using System.Globalization;
using CryptoAiBot.Domain.Candles;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Cli.Data;

/// <summary>
/// The options of one <c>cab data</c> invocation: symbol, timeframe, files and database, with every usage
/// problem collected so that one run lists all of them (exit code 2).
/// </summary>
internal sealed class DataArguments(ParseResult parse) : CommandArguments(parse)
{
    public string Required(Option<string?> option)
    {
        var value = Optional(option);
        if (value is null && !Given(option))
        {
            Problem($"{option.Name} is required");
        }

        return value ?? "";
    }

    public string ExistingFile(Option<string?> option)
    {
        var path = Required(option);
        if (path.Length > 0 && !File.Exists(path))
        {
            Problem($"{option.Name}: no file at '{Path.GetFullPath(path)}'");
        }

        return path;
    }

    public Symbol ParseSymbol(Option<string?> option)
    {
        var text = Required(option);
        var symbol = default(Symbol);
        if (text.Length > 0 && !Symbol.TryParse(text, out symbol))
        {
            Problem($"{option.Name}: '{text}' is not a trading pair; expected BASE/QUOTE such as BTC/USDT");
        }

        return symbol;
    }

    public Timeframe ParseTimeframe(Option<string?> option)
    {
        var text = Required(option);
        var timeframe = default(Timeframe);
        if (text.Length > 0 && !Timeframe.TryParse(text, out timeframe))
        {
            Problem($"{option.Name}: '{text}' is not a timeframe; expected one of {string.Join(", ", Timeframe.All)}");
        }

        return timeframe;
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

        Problem($"{option.Name}: '{text}' is not a positive whole number");
        return defaultValue;
    }

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
            Problem(new SettingsValidationException(loaded.Problems).Message);
            return null;
        }

        if (loaded.Settings.Storage.DbUrl.IsSet)
        {
            Problem($"DB_URL is set, but cab data works on SQLite only; pass {option.Name} PATH");
            return null;
        }

        return loaded.Settings.Storage.DbPath;
    }

    /// <summary>Prints every problem to standard error and returns <see cref="DataCommand.UsageErrorExitCode"/>.</summary>
    public async Task<int> ReportAsync(string commandName)
    {
        foreach (var problem in AllProblems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync($"Run 'cab data {commandName} --help' for usage.").ConfigureAwait(false);
        return DataCommand.UsageErrorExitCode;
    }
}
