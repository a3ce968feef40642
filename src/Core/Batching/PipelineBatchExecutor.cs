using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.Core.Batching;

/// <summary>
/// Runs the interpolated pipelines of one aggregation-mapping batch against one collection (§9.4, aggregation
/// loader). One key → aggregate(pipeline). Two or more → ONE aggregate [{$match: {$or: first $matches}}?,
/// {$facet: {"k&lt;i&gt;": pipeline_i}}]; the narrowing $match is added only when every pipeline starts with a
/// $match (so the facet does not buffer the whole collection), and changes nothing because each sub-pipeline
/// re-applies its own. Pipelines that cannot run inside $facet (<see cref="FacetCompatibility"/>) run alone.
/// allowDiskUse is the mapping's; maxTime is the caller's remaining budget (§13, our [REC]: batches are bounded).
/// </summary>
public sealed class PipelineBatchExecutor
{
    private readonly MongoCollection _collection;
    private readonly bool _allowDiskUse;
    private readonly Action? _commandSent;

    /// <param name="client">The client to send with.</param>
    /// <param name="database">The mapping's database.</param>
    /// <param name="collection">The mapping's collection.</param>
    /// <param name="allowDiskUse">The mapping's allowDiskUse.</param>
    /// <param name="commandSent">Called once per command sent: the batched aggregate, each key run alone, and each
    /// key re-run after a failed batch (the per-request log's command count).</param>
    public PipelineBatchExecutor(MongoClient client, string database, string collection, bool allowDiskUse, Action? commandSent = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _collection = client.GetDatabase(database).GetCollection(collection);
        _allowDiskUse = allowDiskUse;
        _commandSent = commandSent;
    }

    /// <summary>Each pipeline's result documents, aligned with <paramref name="pipelines"/>.</summary>
    /// <param name="pipelines">The batch's keys; equal keys are allowed (each gets its own facet).</param>
    /// <param name="maxTime">What is left of the request's time budget; null for none.</param>
    /// <param name="cancellationToken">Abandons the batch (OperationCanceledException).</param>
    public Task<IReadOnlyList<IReadOnlyList<BsonDocument>>> ExecuteAsync(
        IReadOnlyList<IReadOnlyList<BsonDocument>> pipelines, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        return BatchRunner.RunAsync(
            pipelines.Count,
            index => FacetCompatibility.PipelineCanRunInFacet(pipelines[index]),
            (indexes, budget, token) => RunFacetAsync(pipelines, indexes, budget, token),
            (index, budget, token) => AggregateAsync(pipelines[index], budget, token),
            maxTime,
            cancellationToken);
    }

    private Task<List<BsonDocument>> RunFacetAsync(IReadOnlyList<IReadOnlyList<BsonDocument>> pipelines, IReadOnlyList<int> indexes, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        var leadingMatches = indexes.Select(index => LeadingMatch(pipelines[index])).OfType<BsonDocument>().ToList();
        var narrowing = leadingMatches.Count == indexes.Count ? leadingMatches : null;
        var pipeline = FacetBatch.Pipeline(indexes, narrowing, index => Branch(pipelines[index]));
        return AggregateAsync(pipeline, maxTime, cancellationToken);
    }

    private Task<List<BsonDocument>> AggregateAsync(IReadOnlyList<BsonDocument> pipeline, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        var options = new AggregateOptions { AllowDiskUse = _allowDiskUse, MaxTime = maxTime };
        _commandSent?.Invoke();
        return BatchCursors.ToListAsync(_collection.AggregateAsync(pipeline, options, cancellationToken), cancellationToken);
    }

    // An empty pipeline returns every document; a $facet sub-pipeline must not be empty, {$match: {}} is the same.
    private static IReadOnlyList<BsonDocument> Branch(IReadOnlyList<BsonDocument> pipeline) =>
        pipeline.Count > 0 ? pipeline : [new BsonDocument([new("$match", BsonDocument.Empty)])];

    private static BsonDocument? LeadingMatch(IReadOnlyList<BsonDocument> pipeline) =>
        pipeline.Count > 0 && pipeline[0] is { Count: 1 } first && first[0] is { Name: "$match", Value: BsonDocument filter } ? filter : null;
}
