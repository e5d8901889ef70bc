using Dapper;
using Microsoft.Data.Sqlite;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>
/// One open, configured connection (and at most one transaction) for the length of one store operation.
/// Disposing without <see cref="CommitAsync"/> rolls the transaction back.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection, SemaphoreSlim? gate) : IAsyncDisposable
{
    private SqliteTransaction? _transaction;

    public SqliteConnection Connection { get; } = connection;

    /// <summary>
    /// <c>BEGIN IMMEDIATE</c>: takes the write lock up front (waiting up to busy_timeout), so two writers
    /// never both read and then both write; this is what makes a claim atomic across processes.
    /// </summary>
    public void BeginWrite() => Begin(deferred: false);

    /// <summary>A deferred transaction: one consistent snapshot for reads spanning several statements.</summary>
    public void BeginRead() => Begin(deferred: true);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("No transaction to commit.");
        }

        await _transaction.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        (await Connection.QueryAsync<T>(Command(sql, parameters, cancellationToken))).AsList();

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    public Task<T?> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteScalarAsync<T>(Command(sql, parameters, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await Connection.DisposeAsync();
        gate?.Release();
    }

    private void Begin(bool deferred)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open on this session.");
        }

        _transaction = Connection.BeginTransaction(deferred);
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, _transaction, cancellationToken: cancellationToken);
}
