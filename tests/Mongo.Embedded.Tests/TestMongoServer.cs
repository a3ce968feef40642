using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests;

/// <summary>
/// The server integration tests talk to: the MongoDB named by the environment variable MONGODB_URI when it is
/// set (e.g. <c>mongodb://localhost:27017</c> for <c>docker run -p 27017:27017 mongo:8</c>), else a fresh
/// embedded server on a free loopback port. Tests work in databases from <see cref="UniqueDatabaseName"/>
/// and drop them when done, so a real server is left as it was found.
/// </summary>
public sealed class TestMongoServer : IAsyncDisposable
{
    public const string UriVariable = "MONGODB_URI";

    private readonly EmbeddedMongoServer? _embedded;

    private TestMongoServer(string connectionString, EmbeddedMongoServer? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }

    /// <summary>True when the tests run against the MONGODB_URI server rather than the embedded one.</summary>
    public bool IsExternal => _embedded is null;

    public static async Task<TestMongoServer> StartAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(UriVariable) is { Length: > 0 } uri)
        {
            return new TestMongoServer(uri, null);
        }

        var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, cancellationToken);
        return new TestMongoServer(server.ConnectionString, server);
    }

    /// <summary>A database name no other test run uses: the prefix plus a random suffix.</summary>
    public static string UniqueDatabaseName(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Guid.NewGuid():N}")[..Math.Min(prefix.Length + 13, 63)];

    /// <summary>Drops a database the tests created (dropDatabase; a missing one is fine).</summary>
    public static async Task DropDatabaseAsync(MongoClient client, string name, CancellationToken cancellationToken) =>
        await client.GetDatabase(name).RunCommandAsync(new BsonDocument([new("dropDatabase", 1)]), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }
}
