using System.CommandLine;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.Cli.Data;

/// <summary>
/// <c>cab data resample --from-timeframe A --to-timeframe B</c> with a source, <c>--file F</c> or
/// <c>--symbol S [--db PATH]</c>, and a destination, <c>--out F2</c> or (with <c>--symbol</c>) the store
/// itself. Buckets with missing inputs are kept (their count is reported); a final bucket that is not
/// closed — its last input period is absent, so it may still be forming — is left out unless
/// <c>--include-unclosed</c>, so that nothing downstream mistakes it for a closed candle.
/// </summary>
internal static class DataResampleCommand
{
    private static readonly Option<string?> FileOption = DataArguments.Text("--file", "Candle CSV to read (or use --symbol)");
    private static readonly Option<string?> SymbolOption = DataArguments.Text("--symbol", "Read stored candles of this pair instead of a file, e.g. BTC/USDT");
    private static readonly Option<string?> FromTimeframeOption = DataArguments.Text("--from-timeframe", "Timeframe of the input candles, e.g. 1m. Required.");
    private static readonly Option<string?> ToTimeframeOption = DataArguments.Text("--to-timeframe", "Timeframe to produce, e.g. 1h. Required.");
    private static readonly Option<string?> OutOption = DataArguments.Text("--out", "CSV file to write (with --symbol and no --out, the candles are stored)");
    private static readonly Option<string?> FromOption = DataArguments.Text("--from", "First input open time, ISO-8601 UTC");
    private static readonly Option<string?> ToOption = DataArguments.Text("--to", "End input open time, exclusive, ISO-8601 UTC");
    private static readonly Option<string?> DbOption = DataArguments.Text("--db", "SQLite database file for --symbol (default: DB_PATH from the settings)");
    private static readonly Option<bool> IncludeUnclosedOption = new("--include-unclosed") { Description = "Also write a final bucket whose last input period is missing" };

    public static Command Create()
    {
        var command = new Command("resample", "Aggregate candles into a higher timeframe (UTC buckets, weeks from Monday; gaps stay gaps)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var option in new[] { FileOption, SymbolOption, FromTimeframeOption, ToTimeframeOption, OutOption, FromOption, ToOption, DbOption })
        {
            command.Options.Add(option);
        }

        command.Options.Add(IncludeUnclosedOption);
        command.SetAction((parse, cancellationToken) => DataOutput.GuardAsync(() => RunAsync(parse, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var arguments = new DataArguments(parse);
        var fromDb = parse.GetResult(SymbolOption) is not null;
        if (fromDb == (parse.GetResult(FileOption) is not null))
        {
            arguments.Problem("give exactly one source: --file F or --symbol S");
        }

        var file = fromDb ? "" : arguments.ExistingFile(FileOption);
        var symbol = fromDb ? arguments.ParseSymbol(SymbolOption) : default;
        var from = arguments.ParseTimeframe(FromTimeframeOption);
        var to = arguments.ParseTimeframe(ToTimeframeOption);
        var output = fromDb ? arguments.Optional(OutOption) : arguments.Required(OutOption);
        var (start, end) = (arguments.Time(FromOption) ?? DateTimeOffset.UnixEpoch, arguments.Time(ToOption) ?? DateTimeOffset.MaxValue);
        if (from != default && to != default && !from.Divides(to))
        {
            arguments.Problem($"{from} cannot be resampled into {to}: a {to} period is not made of whole {from} periods");
        }

        var database = arguments.IsValid && fromDb ? arguments.DatabasePath(DbOption) : null;
        if (!arguments.IsValid || (fromDb && database is null))
        {
            return await arguments.ReportAsync("resample").ConfigureAwait(false);
        }

        var includeUnclosed = parse.GetValue(IncludeUnclosedOption);
        if (!fromDb)
        {
            var read = await CandleCsvReader.ReadFileAsync(file, from, cancellationToken).ConfigureAwait(false);
            return read.IsValid
                ? await WriteAsync(Window(read.Candles, start, end), from, to, includeUnclosed, output!, cancellationToken).ConfigureAwait(false)
                : await DataOutput.RefuseAsync(file, read, "nothing written").ConfigureAwait(false);
        }

        return await DataStore.RunAsync(database!, create: false, async store =>
        {
            var candles = await store.GetCandlesAsync(symbol, from, start, end, cancellationToken).ConfigureAwait(false);
            if (output is not null)
            {
                return await WriteAsync(candles, from, to, includeUnclosed, output, cancellationToken).ConfigureAwait(false);
            }

            var resampled = Resample(candles, from, to, includeUnclosed);
            if (resampled is not null)
            {
                await store.SaveCandlesAsync(symbol, to, resampled, cancellationToken).ConfigureAwait(false);
                Console.Out.WriteLine($"Stored {DataOutput.Count(resampled.Count)} {symbol} {to} candles ({DataOutput.Span(resampled)})");
            }

            return resampled is null ? DataCommand.DataErrorExitCode : 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> WriteAsync(
        IReadOnlyList<Candle> candles, Timeframe from, Timeframe to, bool includeUnclosed, string output, CancellationToken cancellationToken)
    {
        var resampled = Resample(candles, from, to, includeUnclosed);
        if (resampled is null)
        {
            return DataCommand.DataErrorExitCode;
        }

        await CandleCsvWriter.WriteFileAsync(output, resampled, cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine($"Wrote {DataOutput.Count(resampled.Count)} {to} candles ({DataOutput.Span(resampled)}) to {Path.GetFullPath(output)}");
        return 0;
    }

    /// <summary>The output candles, with a summary on the console; null (after saying why) when there are none.</summary>
    private static List<Candle>? Resample(IReadOnlyList<Candle> candles, Timeframe from, Timeframe to, bool includeUnclosed)
    {
        var detailed = CandleResampler.ResampleDetailed(candles, from, to);
        var kept = detailed.Where(r => r.IsClosed || includeUnclosed).ToList();
        var withGaps = kept.Count(r => r.HasGaps);
        Console.Out.WriteLine($"Resampled {DataOutput.Count(candles.Count)} {from} candles into {DataOutput.Count(kept.Count)} {to} candles; {DataOutput.Count(withGaps)} built from fewer than {from.CountIn(to)} inputs (gaps kept as gaps).");
        if (kept.Count < detailed.Count)
        {
            Console.Out.WriteLine($"Left out the last {to} bucket {DataOutput.Time(detailed[^1].Candle.OpenTime)}: it is not closed ({detailed[^1].Count} of {detailed[^1].ExpectedCount} inputs); --include-unclosed keeps it.");
        }

        if (kept.Count == 0)
        {
            Console.Error.WriteLine($"error: no {to} candle to write");
            return null;
        }

        return [.. kept.Select(r => r.Candle)];
    }

    private static IReadOnlyList<Candle> Window(IReadOnlyList<Candle> candles, DateTimeOffset start, DateTimeOffset end) =>
        start == DateTimeOffset.UnixEpoch && end == DateTimeOffset.MaxValue
            ? candles
            : [.. candles.Where(c => c.OpenTime >= start && c.OpenTime < end)];
}
