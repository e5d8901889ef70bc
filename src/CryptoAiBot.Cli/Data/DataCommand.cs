using System.CommandLine;

namespace CryptoAiBot.Cli.Data;

/// <summary>
/// <c>cab data import|export|resample</c>: move candles between CSV files (<c>timestamp_ms,open,high,low,close,volume</c>)
/// and the candle store, and aggregate them into higher timeframes. A file is validated whole before
/// anything is written; exit code 2 is a usage error (options, settings), 1 a data error (bad rows,
/// nothing stored, storage failure).
/// </summary>
public static class DataCommand
{
    /// <summary>Exit code for bad data: invalid rows, no candles, a storage or file failure.</summary>
    public const int DataErrorExitCode = 1;

    /// <summary>Exit code for a wrong invocation or invalid settings.</summary>
    public const int UsageErrorExitCode = 2;

    public static Command Create()
    {
        var command = new Command("data", "Import, export and resample candles");
        command.Subcommands.Add(DataImportCommand.Create());
        command.Subcommands.Add(DataExportCommand.Create());
        command.Subcommands.Add(DataResampleCommand.Create());
        command.SetAction(async (_, _) =>
        {
            await Console.Error.WriteLineAsync("error: choose a subcommand: import, export or resample (cab data --help)").ConfigureAwait(false);
            return UsageErrorExitCode;
        });
        return command;
    }
}
