using CryptoAiBot.Application.Storage;
using CryptoAiBot.Infrastructure.Storage;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

public sealed class InMemoryTradingStoreTests : TradingStoreContract
{
    protected override Task<ITradingStore> CreateStoreAsync() => Task.FromResult(TradingStoreFactory.InMemory());
}
