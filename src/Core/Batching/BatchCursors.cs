using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.Core.Batching;

/// <summary>Drains a cursor into a list: a batch hands whole result lists to its keys.</summary>
internal static class BatchCursors
{
    public static async Task<List<BsonDocument>> ToListAsync(Task<IAsyncCursor> opening, CancellationToken cancellationToken)
    {
        var documents = new List<BsonDocument>();
        // Leaving the enumeration early (cancellation) disposes the cursor, which kills it on the server.
        await using var cursor = await opening.ConfigureAwait(false);
        await foreach (var document in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(document);
        }

        return documents;
    }
}
