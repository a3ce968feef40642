using System.Runtime.CompilerServices;
using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// The write limits the server announces in its hello reply (Handshake spec: maxBsonObjectSize,
/// maxMessageSizeBytes, maxWriteBatchSize), which bulk writes must split by. Read once per client with a hello
/// command; kept beside the client rather than in it because its connection internals are evolving separately.
/// </summary>
internal sealed record ServerLimits(int MaxBsonObjectSize, int MaxMessageSizeBytes, int MaxWriteBatchSize)
{
    // The server's documented defaults, used when a hello reply leaves a limit out.
    private const int DefaultMaxBsonObjectSize = 16 * 1024 * 1024;
    private const int DefaultMaxMessageSizeBytes = 48_000_000;
    private const int DefaultMaxWriteBatchSize = 100_000;

    private static readonly ConditionalWeakTable<MongoClient, ServerLimits> Cache = [];

    public static async Task<ServerLimits> GetAsync(MongoClient client, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(client, out var known))
        {
            return known;
        }

        // Not through CommandExecutor: hello is handshake traffic, which command monitoring does not report.
        var hello = await client.RunCommandAsync("admin", new BsonDocument([new("hello", 1)]), cancellationToken).ConfigureAwait(false);
        var limits = new ServerLimits(
            BsonNumbers.Int32(hello, "maxBsonObjectSize", DefaultMaxBsonObjectSize),
            BsonNumbers.Int32(hello, "maxMessageSizeBytes", DefaultMaxMessageSizeBytes),
            BsonNumbers.Int32(hello, "maxWriteBatchSize", DefaultMaxWriteBatchSize));
        return Cache.GetValue(client, _ => limits);
    }
}
