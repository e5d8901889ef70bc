using CryptoAiBot.Application.Storage;
using CryptoAiBot.Infrastructure.Storage.InMemory;
using CryptoAiBot.Infrastructure.Storage.Sqlite;

namespace CryptoAiBot.Infrastructure.Storage;

/// <summary>Creates <see cref="ITradingStore"/> implementations; the one place DI and tests choose a store.</summary>
public static class TradingStoreFactory
{
    /// <summary>
    /// Opens the SQLite database at <paramref name="path"/> (created if absent; <c>:memory:</c> for a
    /// private in-memory database) and applies pending migrations. The returned store is also
    /// <see cref="IAsyncDisposable"/> and a <see cref="SqliteTradingStore"/>.
    /// </summary>
    public static async Task<ITradingStore> OpenSqliteAsync(string path, TimeProvider time, CancellationToken cancellationToken) =>
        await SqliteTradingStore.OpenAsync(path, time, cancellationToken);

    /// <summary>A fresh, empty store in process memory (tests, backtests).</summary>
    public static ITradingStore InMemory() => new InMemoryTradingStore();
}
