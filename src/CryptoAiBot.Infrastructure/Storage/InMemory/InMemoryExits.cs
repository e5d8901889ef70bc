using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The protective exits of the in-memory store, one per symbol, each kept as its completed read: the exit is
/// read after every trade, far more often than it is written, and a completed task of an immutable record can
/// be handed out any number of times. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class InMemoryExits
{
    private static readonly Task<ProtectiveExit?> None = Task.FromResult<ProtectiveExit?>(null);

    private readonly Dictionary<Symbol, Task<ProtectiveExit?>> _exits = [];

    public void Save(ProtectiveExit exit)
    {
        var stored = UnixMilliseconds.IsTruncated(exit.ArmedAt) && UnixMilliseconds.IsTruncated(exit.UpdatedAt)
            ? exit
            : exit with { ArmedAt = UnixMilliseconds.Truncate(exit.ArmedAt), UpdatedAt = UnixMilliseconds.Truncate(exit.UpdatedAt) };
        _exits[exit.Symbol] = Task.FromResult<ProtectiveExit?>(stored);
    }

    public void Clear(Symbol symbol) => _exits.Remove(symbol);

    public Task<ProtectiveExit?> Get(Symbol symbol) => _exits.GetValueOrDefault(symbol) ?? None;
}
