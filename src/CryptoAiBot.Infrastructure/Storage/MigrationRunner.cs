using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace CryptoAiBot.Infrastructure.Storage;

/// <summary>
/// Applies the embedded numbered SQL migrations that a database has not recorded yet, in number order,
/// each in its own transaction together with its <c>schema_version</c> row, so a crash leaves either
/// the whole migration or none of it. The SQL and this runner use plain ADO.NET, so PostgreSQL can reuse both.
/// </summary>
public static class MigrationRunner
{
    private const string ResourceFolder = ".Storage.Migrations.";

    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)";

    private static readonly Lazy<IReadOnlyList<Migration>> EmbeddedMigrations = new(LoadEmbedded);

    /// <summary>Every migration shipped in this assembly, in version order.</summary>
    public static IReadOnlyList<Migration> Embedded => EmbeddedMigrations.Value;

    /// <summary>Applies the embedded migrations not yet recorded; returns those applied (empty when up to date).</summary>
    public static Task<IReadOnlyList<Migration>> ApplyAsync(DbConnection connection, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(connection, Embedded, time, cancellationToken);

    /// <summary>Applies the given migrations not yet recorded, in version order; returns those applied.</summary>
    public static async Task<IReadOnlyList<Migration>> ApplyAsync(
        DbConnection connection, IEnumerable<Migration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(time);

        await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, cancellationToken: cancellationToken));

        var applied = new List<Migration>();
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // Checked inside the (write) transaction: another process may have applied it meanwhile.
            var recorded = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_version WHERE version = @Version",
                new { migration.Version },
                transaction,
                cancellationToken: cancellationToken));
            if (recorded > 0)
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at_ms) VALUES (@Version, @Name, @AppliedAtMs)",
                new { migration.Version, migration.Name, AppliedAtMs = UnixMilliseconds.From(time.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration);
        }

        return applied;
    }

    private static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var folder = resource.IndexOf(ResourceFolder, StringComparison.Ordinal);
            if (folder < 0 || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[(folder + ResourceFolder.Length)..^".sql".Length];
            migrations.Add(new Migration(ParseVersion(name, resource), name, Read(assembly, resource)));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    private static int ParseVersion(string name, string resource)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 && int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration resource '{resource}' could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
