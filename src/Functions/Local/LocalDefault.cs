using Serverless.Functions.Sample;
using Serverless.Mongo.Embedded;

namespace Serverless.Functions.Local;

/// <summary>
/// The newcomer default (issue 6 "Local default"): with no MONGODB_URI, an embedded MongoDB-compatible server on a
/// free loopback port holding the generated MFlix sample and the MFlix app. The server lives as long as the host.
/// </summary>
public sealed class LocalDefault : IAsyncDisposable
{
    private LocalDefault(EmbeddedMongoServer server) => Server = server;

    public EmbeddedMongoServer Server { get; }

    public string ConnectionString => Server.ConnectionString;

    public static async Task<LocalDefault> StartAsync(string definitionsDb, string definitionsCollection, CancellationToken cancellationToken)
    {
        var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions(), cancellationToken).ConfigureAwait(false);
        try
        {
            await using var client = new Serverless.Mongo.MongoClient(server.ConnectionString);
            await MflixSampleInstaller.InstallAsync(client, definitionsDb, definitionsCollection, cancellationToken).ConfigureAwait(false);
            return new LocalDefault(server);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>What to paste: the seed-002 application/graphql example against the running server.</summary>
    public static string CurlExample(string baseUrl) =>
        $"curl -s -X POST {baseUrl.TrimEnd('/')}/graphql/{MflixSampleInstaller.AppUri} -H 'Content-Type: application/graphql' " +
        "--data '{ MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1) { title comments { text user { name } } tomatoesRate } }'";

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
