using System.Diagnostics;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Locking;

public sealed class FileInstanceLockTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Second_instance_gets_a_conflict_naming_the_holder_until_it_releases()
    {
        var path = _directory.File("db.sqlite3.lock");
        await using var first = new FileInstanceLock(path, _clock);
        await using var second = new FileInstanceLock(path, _clock);

        Assert.True((await first.TryAcquireAsync(default)).IsSuccess);
        var refused = await second.TryAcquireAsync(default);

        Assert.Equal(ErrorCode.Conflict, refused.Error?.Code);
        Assert.Contains(path, refused.Error?.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId} on host {Environment.MachineName} since 2026-01-05T12:00:00Z", refused.Error?.Message, StringComparison.Ordinal);
        Assert.False(await second.IsHeldAsync(default));

        await first.ReleaseAsync(default);

        Assert.True((await second.TryAcquireAsync(default)).IsSuccess);
        Assert.True(await second.IsHeldAsync(default));
        Assert.False(await first.IsHeldAsync(default));
    }

    [Fact]
    public async Task Holder_records_its_owner_in_a_sidecar_removed_on_release()
    {
        var path = _directory.File("db.sqlite3.lock");
        var instanceLock = new FileInstanceLock(path, _clock);

        var acquired = await instanceLock.TryAcquireAsync(default);
        var again = await instanceLock.TryAcquireAsync(default);

        Assert.Equal(instanceLock.Owner, acquired.Value);
        Assert.True(again.IsSuccess);
        Assert.Equal(instanceLock.Owner, (await File.ReadAllTextAsync(path + ".owner")).Trim());

        await instanceLock.DisposeAsync();

        Assert.False(File.Exists(path + ".owner"));
        Assert.False(await instanceLock.IsHeldAsync(default));
        Assert.Equal(instanceLock.Owner, (await File.ReadAllTextAsync(path)).Trim());
    }

    [Fact]
    public async Task Lock_held_by_another_process_is_a_conflict_and_is_freed_when_that_process_dies()
    {
        var path = _directory.File("db.sqlite3.lock");
        await using var instanceLock = new FileInstanceLock(path, _clock);
        // util-linux flock(1) takes flock(LOCK_EX) like .NET's FileShare.None. --close keeps the lock in
        // the flock process alone (not in its shell child), so killing it is "the holder died".
        // The sleep bounds the child if the test itself dies.
        using var holder = StartFlock(path, "echo locked; sleep 30");
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync().WaitAsync(Patience));

            var refused = await instanceLock.TryAcquireAsync(default);

            Assert.Equal(ErrorCode.Conflict, refused.Error?.Code);
            Assert.Contains("an unknown process", refused.Error?.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync().WaitAsync(Patience);
        }

        Assert.True((await instanceLock.TryAcquireAsync(default)).IsSuccess);
    }

    [Fact]
    public async Task Another_process_cannot_take_the_lock_while_we_hold_it()
    {
        var path = _directory.File("db.sqlite3.lock");
        await using var instanceLock = new FileInstanceLock(path, _clock);
        Assert.True((await instanceLock.TryAcquireAsync(default)).IsSuccess);

        using var whileHeld = StartFlock(path, "true");
        await whileHeld.WaitForExitAsync().WaitAsync(Patience);
        await instanceLock.ReleaseAsync(default);
        using var afterRelease = StartFlock(path, "true");
        await afterRelease.WaitForExitAsync().WaitAsync(Patience);

        Assert.Equal(1, whileHeld.ExitCode); // flock --nonblock: 1 when the lock is taken
        Assert.Equal(0, afterRelease.ExitCode);
    }

    private static Process StartFlock(string path, string command)
    {
        var start = new ProcessStartInfo("flock") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--nonblock", "--close", path, "-c", command })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("flock did not start");
    }
}
