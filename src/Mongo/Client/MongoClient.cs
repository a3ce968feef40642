using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Entry point: a standalone-server client over one connection pool. Every operation checks a connection out,
/// runs one command, and returns it; a network error clears the pool (CMAP spec, "Clearing a Connection Pool").
/// </summary>
public sealed class MongoClient : IAsyncDisposable
{
    public MongoClient(string connectionString)
        : this(ConnectionString.Parse(connectionString))
    {
    }

    /// <exception cref="ArgumentException">The connection string needs topology discovery, which this client does not do yet.</exception>
    public MongoClient(ConnectionString settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.IsSrv && !settings.IsSeedlistResolved)
        {
            throw new ArgumentException("mongodb+srv:// needs SRV resolution, which this client does not wire yet; resolve the seedlist first.", nameof(settings));
        }

        if (settings.Hosts.Count != 1)
        {
            throw new ArgumentException($"This client talks to one standalone server, but the connection string names {settings.Hosts.Count} hosts.", nameof(settings));
        }

        Settings = settings;
        ServerAddress = settings.Hosts[0].ToString();
        Pool = new ConnectionPool(settings.Hosts[0], settings, ConnectionPoolOptions.FromConnectionString(settings));
    }

    public ConnectionString Settings { get; }

    public ConnectionPool Pool { get; }

    /// <summary>Sees every command the client's operations send (Command Monitoring spec); null for none.</summary>
    public ICommandEventObserver? CommandObserver { get; set; }

    /// <summary>"host:port" of the server.</summary>
    public string ServerAddress { get; }

    /// <exception cref="ArgumentException">Not a valid database name.</exception>
    public MongoDatabase GetDatabase(string name) => new(this, name);

    public ValueTask DisposeAsync() => Pool.DisposeAsync();

    internal async Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        PooledConnection connection;
        try
        {
            connection = await Pool.CheckOutAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MongoConnectionException)
        {
            // CMAP spec: an error while establishing a connection also clears the pool.
            Pool.Clear();
            throw;
        }

        await using (connection.ConfigureAwait(false))
        {
            try
            {
                return await connection.RunCommandAsync(database, command, cancellationToken).ConfigureAwait(false);
            }
            catch (MongoConnectionException)
            {
                Pool.Clear();
                throw;
            }
        }
    }
}
