namespace Serverless.Mongo;

/// <summary>
/// The write limits a writable server announced in its handshake's hello reply (Handshake spec:
/// maxBsonObjectSize, maxMessageSizeBytes, maxWriteBatchSize), which bulk writes must split by.
/// </summary>
internal sealed record ServerLimits(int MaxBsonObjectSize, int MaxMessageSizeBytes, int MaxWriteBatchSize)
{
    /// <summary>Read from a pooled connection's handshake, so a primary that changed is seen with its own limits.</summary>
    public static async Task<ServerLimits> GetAsync(MongoClient client, CancellationToken cancellationToken)
    {
        var description = await client.DescribeWritableServerAsync(cancellationToken).ConfigureAwait(false);
        return new ServerLimits(description.MaxBsonObjectSize, description.MaxMessageSizeBytes, description.MaxWriteBatchSize);
    }
}
