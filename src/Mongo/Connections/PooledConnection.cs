using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>A connection checked out of a <see cref="ConnectionPool"/>; disposing it checks it back in.</summary>
public sealed class PooledConnection : IAsyncDisposable
{
    private readonly ConnectionPool _pool;
    private int _returned;

    internal PooledConnection(ConnectionPool pool, MongoConnection connection, int generation)
    {
        _pool = pool;
        Connection = connection;
        Generation = generation;
    }

    public MongoConnection Connection { get; }

    /// <summary>The pool generation the connection was created in; a later <see cref="ConnectionPool.Clear"/> makes it stale.</summary>
    public int Generation { get; }

    public ConnectionDescription Description => Connection.Description;

    /// <inheritdoc cref="MongoConnection.RunCommandAsync"/>
    public Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _returned) != 0, this);
        return Connection.RunCommandAsync(database, command, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            await _pool.CheckInAsync(Connection, Generation).ConfigureAwait(false);
        }
    }
}
