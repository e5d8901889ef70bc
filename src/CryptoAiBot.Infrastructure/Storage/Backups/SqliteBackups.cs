using System.Globalization;
using CryptoAiBot.Domain.Results;
using Microsoft.Data.Sqlite;

namespace CryptoAiBot.Infrastructure.Storage.Backups;

/// <summary>
/// Backups of the bot's SQLite database, taken with SQLite's online backup API — consistent while the bot keeps
/// writing — into <c>{name}-{yyyyMMdd-HHmmss}Z.sqlite3</c> files of one directory (by default <c>backups/</c> next to the
/// database), each checked with <c>PRAGMA integrity_check</c> before it counts. Retention goes by the time in the
/// name, never by file dates a copy may have changed. A restore checks the backup first and copies it back through
/// the same API; the caller makes sure the bot is not running (the instance lock).
/// </summary>
public sealed class SqliteBackups(string databasePath, string? directory, TimeProvider time)
{
    private const string Stamp = "yyyyMMdd-HHmmss";

    private readonly string _database = Path.GetFullPath(databasePath);

    public string Directory { get; } = Path.GetFullPath(directory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "backups"));

    private string Prefix => Path.GetFileNameWithoutExtension(_database) + "-";

    public async Task<Result<SqliteBackup>> BackupAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_database))
        {
            return new Error(ErrorCode.NotFound, $"No database at {_database}.");
        }

        System.IO.Directory.CreateDirectory(Directory);
        var takenAt = time.GetUtcNow();
        var path = Path.Combine(Directory, $"{Prefix}{takenAt.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture)}Z.sqlite3");
        await CopyAsync(_database, path, cancellationToken).ConfigureAwait(false);
        var integrity = await IntegrityAsync(path, cancellationToken).ConfigureAwait(false);
        if (integrity != "ok")
        {
            File.Delete(path);
            return new Error(ErrorCode.Conflict, $"The backup failed its integrity check and was deleted: {integrity}");
        }

        return new SqliteBackup(path, TruncatedToSeconds(takenAt), new FileInfo(path).Length);
    }

    /// <summary>The backups of this database, oldest first.</summary>
    public IReadOnlyList<SqliteBackup> List()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return [.. System.IO.Directory.EnumerateFiles(Directory, Prefix + "*Z.sqlite3")
            .Select(path => TakenAt(path) is { } taken ? new SqliteBackup(path, taken, new FileInfo(path).Length) : null)
            .OfType<SqliteBackup>()
            .OrderBy(b => b.TakenAt)];
    }

    /// <summary>Deletes the backups taken more than <paramref name="days"/> days ago (0 keeps everything); returns them.</summary>
    public IReadOnlyList<SqliteBackup> Rotate(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return [];
        }

        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(days);
        var old = List().Where(b => b.TakenAt < cutoff).ToArray();
        foreach (var backup in old)
        {
            File.Delete(backup.Path);
        }

        return old;
    }

    /// <summary>Copies <paramref name="backupPath"/> over the database after checking it; the bot must not be running.</summary>
    public async Task<Result<string>> RestoreAsync(string backupPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(backupPath))
        {
            return new Error(ErrorCode.NotFound, $"No backup at {backupPath}.");
        }

        var integrity = await IntegrityAsync(backupPath, cancellationToken).ConfigureAwait(false);
        if (integrity != "ok")
        {
            return new Error(ErrorCode.Conflict, $"The backup fails its integrity check; nothing restored: {integrity}");
        }

        await CopyAsync(backupPath, _database, cancellationToken).ConfigureAwait(false);
        return _database;
    }

    public Task<string> IntegrityAsync(CancellationToken cancellationToken) => IntegrityAsync(_database, cancellationToken);

    public async Task VacuumAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(_database, SqliteOpenMode.ReadWrite, cancellationToken).ConfigureAwait(false);
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM";
        await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyAsync(string from, string to, CancellationToken cancellationToken)
    {
        await using var source = await OpenAsync(from, SqliteOpenMode.ReadOnly, cancellationToken).ConfigureAwait(false);
        await using var target = await OpenAsync(to, SqliteOpenMode.ReadWriteCreate, cancellationToken).ConfigureAwait(false);
        source.BackupDatabase(target);
    }

    private static async Task<string> IntegrityAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await CheckAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            return $"not a readable SQLite database ({e.Message})";
        }
    }

    private static async Task<string> CheckAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, SqliteOpenMode.ReadOnly, cancellationToken).ConfigureAwait(false);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var lines = new List<string>();
        await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        // Not pooled: a pooled handle would keep the file open after a restore or a rotation deletes it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static DateTimeOffset TruncatedToSeconds(DateTimeOffset value) => DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());

    private DateTimeOffset? TakenAt(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var stamp = name.Length > Prefix.Length + 1 ? name[Prefix.Length..^1] : "";
        return DateTime.TryParseExact(stamp, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var taken)
            ? new DateTimeOffset(taken, TimeSpan.Zero)
            : null;
    }
}
