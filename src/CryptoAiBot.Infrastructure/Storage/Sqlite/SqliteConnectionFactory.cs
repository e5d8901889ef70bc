using Microsoft.Data.Sqlite;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>
/// Opens configured connections to one database: a file, or (for <c>:memory:</c>) a named shared-cache
/// in-memory database that lives as long as this factory keeps its anchor connection open.
/// </summary>
internal sealed class SqliteConnectionFactory : IDisposable
{
    public const string MemoryPath = ":memory:";

    // busy_timeout first, so that even switching to WAL waits for a lock instead of failing.
    private const string FilePragmas =
        "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    private const string MemoryPragmas = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly SqliteConnection? _anchor;

    // Shared-cache databases lock per table and answer SQLITE_LOCKED, which busy_timeout does not wait
    // for; an in-memory database is private to this process, so one operation at a time is simplest.
    private readonly SemaphoreSlim? _gate;

    static SqliteConnectionFactory() => SQLitePCL.Batteries_V2.Init();

    private SqliteConnectionFactory(string connectionString, bool isMemory)
    {
        _connectionString = connectionString;
        IsMemory = isMemory;
        if (isMemory)
        {
            _anchor = new SqliteConnection(connectionString);
            _anchor.Open();
            _gate = new SemaphoreSlim(1, 1);
        }
    }

    public bool IsMemory { get; }

    public static SqliteConnectionFactory Create(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path == MemoryPath)
        {
            var memory = new SqliteConnectionStringBuilder
            {
                DataSource = "cryptoaibot-" + Guid.NewGuid().ToString("N"),
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
            };
            return new SqliteConnectionFactory(memory.ToString(), isMemory: true);
        }

        var file = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
        };
        return new SqliteConnectionFactory(file.ToString(), isMemory: false);
    }

    /// <summary>Opens a connection with the store's PRAGMAs applied (they are per connection, except WAL).</summary>
    public async Task<SqliteSession> OpenAsync(CancellationToken cancellationToken)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = IsMemory ? MemoryPragmas : FilePragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return new SqliteSession(connection, _gate);
        }
        catch
        {
            await connection.DisposeAsync();
            _gate?.Release();
            throw;
        }
    }

    public void Dispose()
    {
        // Pooled connections would otherwise keep the file (and its WAL), or the in-memory database, open.
        using (var forPool = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(forPool);
        }

        _anchor?.Dispose();
        _gate?.Dispose();
    }
}
