using System.CommandLine;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Infrastructure;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Storage;

namespace CryptoAiBot.Cli.Perf;

/// <summary>
/// <c>cab perf [--from T] [--to T] [--symbol S[,S]] [--json] [--db PATH]</c>: realized PnL (FIFO, fees included), fees,
/// turnover, order and fill counts, closed round trips and win rate per symbol, read from the bot's SQLite database
/// with the computation behind <c>/pnl/today</c>. Without <c>--from</c>/<c>--to</c> the window is today (00:00 UTC to
/// now), exactly what <c>/pnl/today</c> reports; <c>--from</c> alone runs to now, <c>--to</c> alone from the first fill.
/// Reading only, it runs beside a live bot. Exit codes: 0 printed, 1 no database or unreadable, 2 usage or settings errors.
/// </summary>
internal static class PerfCommand
{
    public const int DataErrorExitCode = 1;

    private static readonly Option<string?> FromOption = Arguments.CommandArguments.Text("--from", "Window start, ISO-8601 UTC (default: 00:00 UTC today)");
    private static readonly Option<string?> ToOption = Arguments.CommandArguments.Text("--to", "Window end, exclusive, ISO-8601 UTC (default: now)");
    private static readonly Option<string?> SymbolOption = Arguments.CommandArguments.Text("--symbol", "Only these pairs, comma separated (default: every pair traded in the database)");
    private static readonly Option<string?> DbOption = Arguments.CommandArguments.Text("--db", "SQLite database file (default: DB_PATH from the settings)");
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print JSON instead of a table" };

    public static Command Create()
    {
        var command = new Command("perf", "Realized PnL (FIFO), fees, turnover, order count and win rate from the bot's database");
        foreach (var option in new Option[] { FromOption, ToOption, SymbolOption, DbOption, JsonOption })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var arguments = new PerfArguments(parse);
        var from = arguments.Time(FromOption);
        var to = arguments.Time(ToOption);
        var symbols = arguments.Symbols(SymbolOption);
        var database = arguments.DatabasePath(DbOption);
        var settings = arguments.Settings();
        if (from is { } start && to is { } end && end <= start)
        {
            arguments.Problem("--to must be after --from");
        }

        if (!arguments.IsValid || database is null || settings is null)
        {
            return await arguments.ReportAsync().ConfigureAwait(false);
        }

        var path = Path.GetFullPath(database);
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"error: no database at '{path}'").ConfigureAwait(false);
            return DataErrorExitCode;
        }

        var now = TimeProvider.System.GetUtcNow();
        var period = from is null && to is null
            ? PnlPeriod.Today(now)
            : new PnlPeriod(from ?? DateTimeOffset.UnixEpoch, to ?? now.AddTicks(1));
        var dust = settings.ToApplicationOptions().Plan.DustQuantity;

        var store = await TradingStoreFactory.OpenSqliteAsync(path, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await PerfCalculation.RunAsync(store, symbols, period, dust, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteAsync(parse.GetValue(JsonOption) ? PerfOutput.ToJson(report) + Environment.NewLine : PerfOutput.ToTable(report))
                .ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
