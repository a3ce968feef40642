using Serverless.Bson;
using Serverless.Core.Interpolation;
using Serverless.Mongo;

namespace Serverless.Core.Execution;

/// <summary>
/// The unbatched MongoDB reads of mapped fields that do not depend on their parent (§6.1 step 5, §7.1 step 6):
/// one find or aggregate with maxTime = the remaining budget (§13) and the request's token. Awaits stay on the
/// request scheduler (no ConfigureAwait(false)), as the batching protocol requires.
/// </summary>
internal static class MongoReads
{
    public static async Task<IReadOnlyList<BsonDocument>> FindAsync(
        RequestContext request, string database, string collection, InterpolatedQuery query, int limit, CancellationToken cancellationToken)
    {
        var options = new FindOptions
        {
            Sort = query.Sort,
            Skip = query.Skip > 0 ? query.Skip : null,
            Limit = limit > 0 ? limit : null,
            MaxTime = request.RemainingTime(),
        };
        request.CountCommand();
        var cursor = await request.Client.GetDatabase(database).GetCollection(collection)
            .FindAsync(query.Find, options, cancellationToken).ConfigureAwait(true);
        return await ReadAllAsync(cursor, cancellationToken).ConfigureAwait(true);
    }

    public static async Task<IReadOnlyList<BsonDocument>> AggregateAsync(
        RequestContext request, string database, string collection, IReadOnlyList<BsonDocument> pipeline, bool allowDiskUse, CancellationToken cancellationToken)
    {
        var options = new AggregateOptions { AllowDiskUse = allowDiskUse ? true : null, MaxTime = request.RemainingTime() };
        request.CountCommand();
        var cursor = await request.Client.GetDatabase(database).GetCollection(collection)
            .AggregateAsync(pipeline, options, cancellationToken).ConfigureAwait(true);
        return await ReadAllAsync(cursor, cancellationToken).ConfigureAwait(true);
    }

    private static async Task<IReadOnlyList<BsonDocument>> ReadAllAsync(IAsyncCursor cursor, CancellationToken cancellationToken)
    {
        await using (((IAsyncDisposable)cursor).ConfigureAwait(true))
        {
            var documents = new List<BsonDocument>();
            await foreach (var document in cursor.WithCancellation(cancellationToken).ConfigureAwait(true))
            {
                documents.Add(document);
            }

            return documents;
        }
    }
}
