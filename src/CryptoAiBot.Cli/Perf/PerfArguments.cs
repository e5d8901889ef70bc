using System.CommandLine;
using CryptoAiBot.Cli.Arguments;
using CryptoAiBot.Infrastructure.Settings;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;

namespace CryptoAiBot.Cli.Perf;

/// <summary>The options of one <c>cab perf</c> invocation, with every usage problem collected (exit code 2).</summary>
internal sealed class PerfArguments(ParseResult parse) : CommandArguments(parse)
{
    public const int UsageErrorExitCode = 2;

    private SettingsLoadResult? _settings;

    public IReadOnlyList<Symbol>? Symbols(Option<string?> option)
    {
        var text = Optional(option);
        if (text is null)
        {
            return null;
        }

        var symbols = new List<Symbol>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Symbol.TryParse(part, out var symbol))
            {
                symbols.Add(symbol);
            }
            else
            {
                Problem($"{option.Name}: '{part}' is not a trading pair; expected BASE/QUOTE such as BTC/USDT");
            }
        }

        return symbols;
    }

    /// <summary><c>--db</c> when given, else <c>DB_PATH</c>; null (and a problem) when the settings are invalid or use PostgreSQL.</summary>
    public string? DatabasePath(Option<string?> option)
    {
        if (Optional(option) is { } explicitPath)
        {
            return explicitPath;
        }

        var settings = Settings();
        if (settings is null)
        {
            return null;
        }

        if (settings.Storage.DbUrl.IsSet)
        {
            Problem($"DB_URL is set, but cab perf reads SQLite only; pass {option.Name} PATH");
            return null;
        }

        return settings.Storage.DbPath;
    }

    /// <summary>The bot's settings (for the dust quantity the bot closes round trips at); null and a problem when invalid.</summary>
    public BotSettings? Settings()
    {
        _settings ??= SettingsLoader.LoadFromEnvironment();
        if (_settings.IsValid)
        {
            return _settings.Settings;
        }

        var message = new SettingsValidationException(_settings.Problems).Message;
        if (!AllProblems.Contains(message))
        {
            Problem(message);
        }

        return null;
    }

    public async Task<int> ReportAsync()
    {
        foreach (var problem in AllProblems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync("Run 'cab perf --help' for usage.").ConfigureAwait(false);
        return UsageErrorExitCode;
    }
}
