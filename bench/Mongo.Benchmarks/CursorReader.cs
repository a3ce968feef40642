using Serverless.Bson;

namespace Serverless.Mongo.Benchmarks;

/// <summary>Runs a find through our client and reads its cursor to the end, as the Node side's toArray() does.</summary>
internal static class CursorReader
{
    public static async Task<List<BsonDocument>> FindAllAsync(MongoCollection collection, BsonDocument filter, FindOptions options, CancellationToken cancellationToken)
    {
        var documents = new List<BsonDocument>();
        var cursor = await collection.FindAsync(filter, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (((IAsyncDisposable)cursor).ConfigureAwait(false))
        {
            await foreach (var document in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                documents.Add(document);
            }
        }

        return documents;
    }
}
