using Serverless.Bson;
using Serverless.Core.Interpolation;
using Serverless.Mongo;

namespace Serverless.Core.Batching;

/// <summary>
/// Runs the interpolated queries of one query-mapping batch against one collection (§9.4, query loader, with
/// its [REC]: each key gets exactly what its own find returns). One key → a plain find (filter, sort, skip,
/// limit, maxTime). Two or more → ONE aggregate [{$match: {$or: [find_i…]}}, {$facet: {"k&lt;i&gt;": [{$match:
/// find_i}, {$sort}?, {$skip}?, {$limit}?]}}] with allowDiskUse; the $or is left out when a filter is empty
/// (it would match everything anyway). Keys a $facet cannot answer like find ($text, $near, $where, $natural or
/// $meta sorts) run as their own finds, concurrently with the batch. maxTime is the caller's remaining budget
/// (§13, our [REC]: unlike RESTHeart's maxTime(0), batched fields are bounded too).
/// </summary>
public sealed class QueryBatchExecutor
{
    private readonly MongoCollection _collection;
    private readonly Action? _commandSent;

    /// <param name="client">The client to send with.</param>
    /// <param name="database">The mapping's database.</param>
    /// <param name="collection">The mapping's collection.</param>
    /// <param name="commandSent">Called once per command sent: the batched aggregate, each key run alone, and each
    /// key re-run after a failed batch (the per-request log's command count).</param>
    public QueryBatchExecutor(MongoClient client, string database, string collection, Action? commandSent = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _collection = client.GetDatabase(database).GetCollection(collection);
        _commandSent = commandSent;
    }

    /// <summary>Each key's documents, aligned with <paramref name="keys"/>.</summary>
    /// <param name="keys">The batch's keys; equal keys are allowed (each gets its own facet).</param>
    /// <param name="maxTime">What is left of the request's time budget; null for none.</param>
    /// <param name="cancellationToken">Abandons the batch (OperationCanceledException).</param>
    public Task<IReadOnlyList<IReadOnlyList<BsonDocument>>> ExecuteAsync(
        IReadOnlyList<InterpolatedQuery> keys, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
            // The interpolator refuses negative values (§6.5); find and $facet would disagree on them.
            ArgumentOutOfRangeException.ThrowIfNegative(key.Skip, nameof(keys));
            ArgumentOutOfRangeException.ThrowIfNegative(key.Limit, nameof(keys));
        }

        return BatchRunner.RunAsync(
            keys.Count,
            index => FacetCompatibility.QueryCanRunInFacet(keys[index].Find, keys[index].Sort),
            (indexes, budget, token) => AggregateAsync(FacetBatch.Pipeline(indexes, [.. indexes.Select(i => keys[i].Find)], i => Branch(keys[i])), budget, token),
            (index, budget, token) => FindAsync(keys[index], budget, token),
            maxTime,
            cancellationToken);
    }

    private Task<List<BsonDocument>> FindAsync(InterpolatedQuery key, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        var options = new FindOptions
        {
            Sort = key.Sort is { Count: > 0 } sort ? sort : null,
            Skip = key.Skip > 0 ? key.Skip : null,
            Limit = key.Limit > 0 ? key.Limit : null,
            MaxTime = maxTime,
        };
        _commandSent?.Invoke();
        return BatchCursors.ToListAsync(_collection.FindAsync(key.Find, options, cancellationToken), cancellationToken);
    }

    private Task<List<BsonDocument>> AggregateAsync(IReadOnlyList<BsonDocument> pipeline, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        _commandSent?.Invoke();
        return BatchCursors.ToListAsync(_collection.AggregateAsync(pipeline, new AggregateOptions { AllowDiskUse = true, MaxTime = maxTime }, cancellationToken), cancellationToken);
    }

    // What find does with the key, as stages: skip 0 and limit 0 mean none (find's "0 = no limit", §6.5).
    private static List<BsonDocument> Branch(InterpolatedQuery key)
    {
        var stages = new List<BsonDocument>(4) { Stage("$match", key.Find) };
        if (key.Sort is { Count: > 0 } sort)
        {
            stages.Add(Stage("$sort", sort));
        }

        if (key.Skip > 0)
        {
            stages.Add(Stage("$skip", key.Skip));
        }

        if (key.Limit > 0)
        {
            stages.Add(Stage("$limit", key.Limit));
        }

        return stages;
    }

    private static BsonDocument Stage(string name, BsonValue specification) => new([new(name, specification)]);
}
