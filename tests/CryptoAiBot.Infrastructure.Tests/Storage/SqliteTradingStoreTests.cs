using CryptoAiBot.Application.Storage;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

/// <summary>The store contract against a real SQLite file in a temporary directory.</summary>
public sealed class SqliteTradingStoreTests : TradingStoreContract
{
    private readonly TempDirectory _directory = new();

    protected override Task<ITradingStore> CreateStoreAsync() =>
        TradingStoreFactory.OpenSqliteAsync(_directory.File("trading.db"), new ManualTimeProvider(), CancellationToken.None);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
