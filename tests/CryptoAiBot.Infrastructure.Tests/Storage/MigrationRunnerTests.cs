using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Infrastructure.Storage.Sqlite;
using CryptoAiBot.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

public sealed class MigrationRunnerTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Embedded_migrations_are_numbered_from_one_without_gaps()
    {
        var migrations = MigrationRunner.Embedded;

        Assert.Equal("0001_initial", migrations[0].Name);
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
    }

    [Fact]
    public async Task Running_twice_applies_everything_once_and_then_changes_nothing()
    {
        var time = new ManualTimeProvider();
        using var connections = SqliteConnectionFactory.Create(_directory.File("migrate.db"));
        await using var session = await connections.OpenAsync(CancellationToken.None);

        var first = await MigrationRunner.ApplyAsync(session.Connection, time, CancellationToken.None);
        var schemaAfterFirst = await DumpAsync(session.Connection);
        time.Advance(TimeSpan.FromHours(1));
        var second = await MigrationRunner.ApplyAsync(session.Connection, time, CancellationToken.None);

        Assert.Equal(MigrationRunner.Embedded.Select(m => m.Version), first.Select(m => m.Version));
        Assert.Empty(second);
        Assert.Equal(schemaAfterFirst, await DumpAsync(session.Connection));
        Assert.Contains(schemaAfterFirst, line => line.StartsWith("table|orders|", StringComparison.Ordinal));
        Assert.Contains(schemaAfterFirst, line => line.StartsWith("version|1|0001_initial|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_migration_leaves_neither_its_changes_nor_its_version_row()
    {
        using var connections = SqliteConnectionFactory.Create(_directory.File("broken.db"));
        await using var session = await connections.OpenAsync(CancellationToken.None);
        Migration[] migrations = [new(1, "0001_ok", "CREATE TABLE a (x TEXT)"), new(2, "0002_broken", "CREATE TABLE b (x TEXT); SELECT nope FROM nowhere")];

        await Assert.ThrowsAsync<SqliteException>(() => MigrationRunner.ApplyAsync(session.Connection, migrations, new ManualTimeProvider(), CancellationToken.None));

        var dump = await DumpAsync(session.Connection);
        Assert.Contains(dump, line => line.StartsWith("table|a|", StringComparison.Ordinal));
        Assert.DoesNotContain(dump, line => line.StartsWith("table|b|", StringComparison.Ordinal));
        Assert.Equal([1L], await session.Connection.QueryAsync<long>("SELECT version FROM schema_version"));
    }

    private static async Task<List<string>> DumpAsync(SqliteConnection connection)
    {
        var schema = await connection.QueryAsync<(string Type, string Name, string? Sql)>(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
        var versions = await connection.QueryAsync<(long Version, string Name, long AppliedAtMs)>(
            "SELECT version, name, applied_at_ms FROM schema_version ORDER BY version");
        return
        [
            .. schema.Select(s => $"{s.Type}|{s.Name}|{s.Sql}"),
            .. versions.Select(v => $"version|{v.Version}|{v.Name}|{v.AppliedAtMs}"),
        ];
    }
}
