using System.CommandLine;
using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.Cli.Data;

/// <summary>
/// <c>cab data export --symbol S --timeframe TF --out F [--from T] [--to T] [--db PATH]</c>: writes the
/// stored candles with open time in [from, to) to a CSV file, replacing it whole. Nothing stored is a data
/// error (exit 1) and writes no file, so a misspelt symbol is not mistaken for an empty market.
/// </summary>
internal static class DataExportCommand
{
    private static readonly Option<string?> SymbolOption = DataArguments.Text("--symbol", "Trading pair, e.g. BTC/USDT. Required.");
    private static readonly Option<string?> TimeframeOption = DataArguments.Text("--timeframe", "Timeframe to export: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w. Required.");
    private static readonly Option<string?> OutOption = DataArguments.Text("--out", "CSV file to write. Required.");
    private static readonly Option<string?> FromOption = DataArguments.Text("--from", "First open time, ISO-8601 UTC (default: the first stored candle)");
    private static readonly Option<string?> ToOption = DataArguments.Text("--to", "End open time, exclusive, ISO-8601 UTC (default: after the last stored candle)");
    private static readonly Option<string?> DbOption = DataArguments.Text("--db", "SQLite database file (default: DB_PATH from the settings)");

    public static Command Create()
    {
        var command = new Command("export", "Write stored candles to a CSV file")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var option in new[] { SymbolOption, TimeframeOption, OutOption, FromOption, ToOption, DbOption })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => DataOutput.GuardAsync(() => RunAsync(parse, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var arguments = new DataArguments(parse);
        var symbol = arguments.ParseSymbol(SymbolOption);
        var timeframe = arguments.ParseTimeframe(TimeframeOption);
        var output = arguments.Required(OutOption);
        var from = arguments.Time(FromOption) ?? DateTimeOffset.UnixEpoch;
        var to = arguments.Time(ToOption) ?? DateTimeOffset.MaxValue;
        if (from >= to)
        {
            arguments.Problem($"--from {DataOutput.Time(from)} is not before --to {DataOutput.Time(to)}");
        }

        var database = arguments.IsValid ? arguments.DatabasePath(DbOption) : null;
        if (!arguments.IsValid || database is null)
        {
            return await arguments.ReportAsync("export").ConfigureAwait(false);
        }

        return await DataStore.RunAsync(database, create: false, async store =>
        {
            var candles = await store.GetCandlesAsync(symbol, timeframe, from, to, cancellationToken).ConfigureAwait(false);
            if (candles.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: no {symbol} {timeframe} candles stored in {Path.GetFullPath(database)} for that range; no file written").ConfigureAwait(false);
                return DataCommand.DataErrorExitCode;
            }

            await CandleCsvWriter.WriteFileAsync(output, candles, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine($"Exported {DataOutput.Count(candles.Count)} {symbol} {timeframe} candles ({DataOutput.Span(candles)}) to {Path.GetFullPath(output)}");
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }
}
