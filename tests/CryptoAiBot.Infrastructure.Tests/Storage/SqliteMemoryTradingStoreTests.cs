using CryptoAiBot.Application.Storage;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

/// <summary>The store contract against SQLite's <c>:memory:</c> mode (a named shared-cache database).</summary>
public sealed class SqliteMemoryTradingStoreTests : TradingStoreContract
{
    protected override Task<ITradingStore> CreateStoreAsync() =>
        TradingStoreFactory.OpenSqliteAsync(":memory:", new ManualTimeProvider(), CancellationToken.None);
}
