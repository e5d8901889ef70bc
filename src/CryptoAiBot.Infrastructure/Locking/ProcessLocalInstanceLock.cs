using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Locking;

/// <summary>
/// The lock for state no other process can reach (an in-memory database, e.g. <c>cab smoke</c>):
/// always acquirable, held until released, and leaves nothing on disk.
/// </summary>
public sealed class ProcessLocalInstanceLock : IInstanceLock
{
    private volatile bool _held;

    public string Owner { get; } = $"pid {Environment.ProcessId} (in-memory state)";

    public ValueTask<Result<string>> TryAcquireAsync(CancellationToken cancellationToken)
    {
        _held = true;
        return ValueTask.FromResult(Result<string>.Success(Owner));
    }

    public ValueTask<bool> IsHeldAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_held);

    public ValueTask ReleaseAsync(CancellationToken cancellationToken)
    {
        _held = false;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ReleaseAsync(CancellationToken.None);
}
