using System.Data.Common;
using System.Globalization;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.Cli.Data;

/// <summary>Messages shared by the <c>cab data</c> commands.</summary>
internal static class DataOutput
{
    /// <summary>Prints every problem of a refused file to standard error and returns <see cref="DataCommand.DataErrorExitCode"/>.</summary>
    public static async Task<int> RefuseAsync(string file, CandleCsvReadResult result, string consequence)
    {
        foreach (var problem in result.Problems)
        {
            await Console.Error.WriteLineAsync($"{file}: {problem}").ConfigureAwait(false);
        }

        var lines = result.Problems.Count == 1 ? "bad line" : "bad lines";
        await Console.Error.WriteLineAsync(
            string.Create(CultureInfo.InvariantCulture, $"{file}: {result.Problems.Count} {lines} ({result.RowCount:N0} data rows); {consequence}")).ConfigureAwait(false);
        return DataCommand.DataErrorExitCode;
    }

    /// <summary>
    /// Runs a command, turning the failures an operator can meet (a file that cannot be read or written, a
    /// database that cannot be opened) into one line on standard error and exit code 1 instead of a stack trace.
    /// </summary>
    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return DataCommand.DataErrorExitCode;
        }
    }

    /// <summary><c>2021-04-02T00:00:00Z → 2021-05-20T20:39:00Z</c> for a non-empty series.</summary>
    public static string Span(IReadOnlyList<Candle> candles) =>
        candles.Count == 0 ? "" : $"{Time(candles[0].OpenTime)} → {Time(candles[^1].OpenTime)}";

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
