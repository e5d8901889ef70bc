using System.CommandLine;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;
using CryptoAiBot.Infrastructure.MarketData;
using Spectre.Console;

namespace CryptoAiBot.Cli.Data;

/// <summary>
/// <c>cab data import --file F --symbol S --timeframe TF [--db PATH] [--batch-size N]</c>: validates the
/// whole file (every bad line is printed, nothing is imported), then stores the candles in batches.
/// Storing is an upsert by open time, so an import interrupted half way is completed by running it again.
/// </summary>
internal static class DataImportCommand
{
    private const int DefaultBatchSize = 10_000;

    private static readonly Option<string?> FileOption = DataArguments.Text("--file", "Candle CSV to import (timestamp_ms,open,high,low,close,volume). Required.");
    private static readonly Option<string?> SymbolOption = DataArguments.Text("--symbol", "Trading pair, e.g. BTC/USDT. Required.");
    private static readonly Option<string?> TimeframeOption = DataArguments.Text("--timeframe", "Timeframe of the file's candles: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w. Required.");
    private static readonly Option<string?> DbOption = DataArguments.Text("--db", "SQLite database file (default: DB_PATH from the settings)");
    private static readonly Option<string?> BatchOption = DataArguments.Text("--batch-size", $"Candles stored per transaction (default {DefaultBatchSize:N0})");

    public static Command Create()
    {
        var command = new Command("import", "Validate a candle CSV and store its candles; a file with any bad line imports nothing")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var option in new[] { FileOption, SymbolOption, TimeframeOption, DbOption, BatchOption })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => DataOutput.GuardAsync(() => RunAsync(parse, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var arguments = new DataArguments(parse);
        var file = arguments.ExistingFile(FileOption);
        var symbol = arguments.ParseSymbol(SymbolOption);
        var timeframe = arguments.ParseTimeframe(TimeframeOption);
        var batchSize = arguments.PositiveInt(BatchOption, DefaultBatchSize);
        var database = arguments.IsValid ? arguments.DatabasePath(DbOption) : null;
        if (!arguments.IsValid || database is null)
        {
            return await arguments.ReportAsync("import").ConfigureAwait(false);
        }

        var read = await CandleCsvReader.ReadFileAsync(file, timeframe, cancellationToken).ConfigureAwait(false);
        if (!read.IsValid)
        {
            return await DataOutput.RefuseAsync(file, read, "nothing imported").ConfigureAwait(false);
        }

        if (read.Candles.Count == 0)
        {
            await Console.Error.WriteLineAsync($"{file}: no candle rows after the header; nothing imported").ConfigureAwait(false);
            return DataCommand.DataErrorExitCode;
        }

        return await DataStore.RunAsync(database, create: true, async store =>
        {
            await SaveAsync(store, symbol, timeframe, read.Candles, batchSize, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine($"Imported {DataOutput.Count(read.Candles.Count)} {symbol} {timeframe} candles ({DataOutput.Span(read.Candles)}) into {Path.GetFullPath(database)}");
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SaveAsync(
        ITradingStore store, Symbol symbol, Timeframe timeframe, IReadOnlyList<Candle> candles, int batchSize, CancellationToken cancellationToken)
    {
        var batch = new Candle[Math.Min(batchSize, candles.Count)];
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            await SaveBatchesAsync(null).ConfigureAwait(false);
            return;
        }

        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask($"importing {symbol} {timeframe}", maxValue: candles.Count);
            await SaveBatchesAsync(task).ConfigureAwait(false);
        }).ConfigureAwait(false);

        async Task SaveBatchesAsync(ProgressTask? progress)
        {
            for (var start = 0; start < candles.Count; start += batch.Length)
            {
                var length = Math.Min(batch.Length, candles.Count - start);
                for (var i = 0; i < length; i++)
                {
                    batch[i] = candles[start + i];
                }

                await store.SaveCandlesAsync(symbol, timeframe, new ArraySegment<Candle>(batch, 0, length), cancellationToken).ConfigureAwait(false);
                progress?.Increment(length);
            }
        }
    }
}
