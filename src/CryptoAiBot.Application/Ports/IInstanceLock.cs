using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// Guarantees one trading process per account/database. Acquired before anything trades; a second
/// process gets <see cref="ErrorCode.Conflict"/> with a message naming the holder.
/// </summary>
public interface IInstanceLock : IAsyncDisposable
{
    /// <summary>Who this process is, as written into the lock (host, pid, start time).</summary>
    string Owner { get; }

    ValueTask<Result<string>> TryAcquireAsync(CancellationToken cancellationToken);

    /// <summary>Whether this process still holds the lock (re-checked by the watchdog).</summary>
    ValueTask<bool> IsHeldAsync(CancellationToken cancellationToken);

    ValueTask ReleaseAsync(CancellationToken cancellationToken);
}
