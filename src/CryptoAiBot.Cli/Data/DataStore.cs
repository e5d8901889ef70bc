using CryptoAiBot.Application.Storage;
using CryptoAiBot.Infrastructure.Storage;

namespace CryptoAiBot.Cli.Data;

/// <summary>Opens the SQLite candle store for one command and disposes it after; a missing database is exit code 1 unless it may be created.</summary>
internal static class DataStore
{
    public static async Task<int> RunAsync(string path, bool create, Func<ITradingStore, Task<int>> body, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (!create && !File.Exists(fullPath))
        {
            await Console.Error.WriteLineAsync($"error: no database at '{fullPath}'").ConfigureAwait(false);
            return DataCommand.DataErrorExitCode;
        }

        if (create && Path.GetDirectoryName(fullPath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var store = await TradingStoreFactory.OpenSqliteAsync(fullPath, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        try
        {
            return await body(store).ConfigureAwait(false);
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
