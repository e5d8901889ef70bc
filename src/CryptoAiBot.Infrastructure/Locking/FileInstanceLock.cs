using System.Globalization;
using System.Text;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Locking;

/// <summary>
/// One bot process per database, enforced by an exclusive lock on a file (the host uses
/// <c>&lt;DB_PATH&gt;.lock</c>). The file is opened with <see cref="FileShare.None"/>, which .NET on Linux
/// and macOS turns into an advisory <c>flock(LOCK_EX | LOCK_NB)</c> on the open file description: a
/// second process — or a second instance in this process — fails to open it, and the kernel releases
/// the lock when the holder exits or dies, so a crash never leaves a stale lock. On Windows the same
/// call is a mandatory share lock with the same effect.
/// <para>
/// A locked file cannot be read by anyone else, so the holder also writes its
/// <see cref="Owner"/> to a sidecar <c>&lt;path&gt;.owner</c>; a refused process quotes it in its
/// <see cref="ErrorCode.Conflict"/> message. The sidecar is informational only: the lock is the flock.
/// </para>
/// <para>
/// Limits: flock is advisory (it binds only processes that ask for it), may be a no-op on some network
/// file systems, and .NET skips it when <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c> is set. The lock
/// file itself is never deleted, because deleting a locked file would let a third process lock a new
/// file of the same name while the old lock is still held.
/// </para>
/// </summary>
public sealed class FileInstanceLock : IInstanceLock
{
    private readonly object _gate = new();
    private readonly string _ownerPath;
    private FileStream? _stream;

    /// <param name="path">The lock file, created when missing; its directory is created too.</param>
    /// <param name="timeProvider">Clock for the "since" part of <see cref="Owner"/>.</param>
    public FileInstanceLock(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Path = System.IO.Path.GetFullPath(path);
        _ownerPath = Path + ".owner";
        var since = timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Owner = $"pid {Environment.ProcessId} on host {Environment.MachineName} since {since}";
    }

    /// <summary>The absolute path of the lock file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Owner { get; }

    /// <summary>Takes the lock, or returns <see cref="ErrorCode.Conflict"/> naming the holder; idempotent.</summary>
    public ValueTask<Result<string>> TryAcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_stream is not null)
            {
                return ValueTask.FromResult(Result<string>.Success(Owner));
            }

            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            FileStream stream;
            try
            {
                // OpenOrCreate, not Create: a refused open must not truncate the holder's file.
                stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return ValueTask.FromResult(Result<string>.Failure(
                    ErrorCode.Conflict,
                    $"Another bot process holds the lock {Path}: {DescribeHolder()}; stop it first or use another DB_PATH."));
            }

            try
            {
                var text = Encoding.UTF8.GetBytes(Owner + "\n");
                stream.SetLength(0);
                stream.Write(text);
                stream.Flush(flushToDisk: true);
                WriteOwnerFile();
            }
            catch
            {
                stream.Dispose();
                throw;
            }

            _stream = stream;
            return ValueTask.FromResult(Result<string>.Success(Owner));
        }
    }

    /// <summary>Whether this instance holds the lock and its file still exists where it was taken.</summary>
    public ValueTask<bool> IsHeldAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_stream is not null && File.Exists(Path));
        }
    }

    /// <summary>Deletes the owner sidecar, then releases the lock; a no-op when not held.</summary>
    public ValueTask ReleaseAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_stream is null)
            {
                return ValueTask.CompletedTask;
            }

            // Sidecar first, while still holding: after the unlock it may already be the next holder's.
            try
            {
                File.Delete(_ownerPath);
            }
            finally
            {
                _stream.Dispose();
                _stream = null;
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ReleaseAsync(CancellationToken.None);

    private void WriteOwnerFile()
    {
        // Write-then-rename so that a refused process never reads half a line.
        var temporary = _ownerPath + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temporary, Owner + "\n");
        File.Move(temporary, _ownerPath, overwrite: true);
    }

    private string DescribeHolder()
    {
        try
        {
            var owner = File.ReadAllText(_ownerPath).Trim();
            if (owner.Length > 0)
            {
                return owner;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return $"an unknown process (no owner recorded in {_ownerPath})";
    }
}
