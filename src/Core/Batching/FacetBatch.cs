using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.Core.Batching;

/// <summary>
/// The shared shape of a batched aggregation (§9.4): an optional narrowing $match, then one $facet whose
/// sub-pipeline "k&lt;i&gt;" is key i's, then the single result document split back into per-key lists.
/// </summary>
internal static class FacetBatch
{
    // Error codes that say nothing about the batched command's shape (time budget, interruption, failover,
    // authorisation): retrying the keys one by one could not succeed where the batch failed.
    private static readonly HashSet<int> NotAboutTheBatch =
    [
        6, 7, 13, 18, 50, 89, 91, 189, 262, 9001, 10107, 11600, 11601, 11602, 13435, 13436,
    ];

    public static string FacetName(int keyIndex) => "k" + keyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// [{$match: {$or: filters}}?, {$facet: {k&lt;i&gt;: branch_i}}]. The $or only narrows what reaches the facet
    /// (every branch re-applies its own filter first), so it is left out when a filter cannot narrow
    /// (<see cref="FacetCompatibility.CanNarrow"/>). When every filter is one plain equality on the same path
    /// ({movie_id: X}), the narrowing is {path: {$in: [X, …]}} instead: the same documents (manual "$or versus
    /// $in": prefer $in for equality checks on one field; the server's planner rewrites such an $or into $in
    /// itself), and an index on the path answers it by direct lookups.
    /// </summary>
    public static List<BsonDocument> Pipeline(IReadOnlyList<int> keyIndexes, IReadOnlyList<BsonDocument>? narrowingFilters, Func<int, IReadOnlyList<BsonDocument>> branch)
    {
        var pipeline = new List<BsonDocument>(2);
        if (narrowingFilters is not null && narrowingFilters.All(FacetCompatibility.CanNarrow))
        {
            var narrowing = SharedEqualityPath(narrowingFilters) is { } path
                ? new BsonDocument([new(path, new BsonDocument([new("$in", new BsonArray(narrowingFilters.Select(f => f[0].Value)))]))])
                : new BsonDocument([new("$or", new BsonArray(narrowingFilters))]);
            pipeline.Add(new BsonDocument([new("$match", narrowing)]));
        }

        var facets = keyIndexes.Select(index => new BsonElement(FacetName(index), new BsonArray(branch(index))));
        pipeline.Add(new BsonDocument([new("$facet", new BsonDocument(facets))]));
        return pipeline;
    }

    /// <summary>
    /// The path when every filter is exactly {path: value} on one path with a value that matches by equality:
    /// not an operator document ({$gt: …} is a condition, not a value) and not a regular expression (it matches
    /// as a pattern either way, but keeping it in the $or leaves regex semantics to one form only).
    /// </summary>
    private static string? SharedEqualityPath(IReadOnlyList<BsonDocument> filters)
    {
        if (filters.Count == 0 || filters[0].Count != 1 || filters[0][0].Name.StartsWith('$'))
        {
            return null;
        }

        var path = filters[0][0].Name;
        foreach (var filter in filters)
        {
            if (filter.Count != 1 || !string.Equals(filter[0].Name, path, StringComparison.Ordinal) || !IsPlainValue(filter[0].Value))
            {
                return null;
            }
        }

        return path;
    }

    // A document whose first name starts with '$' is read as operators (manual "Query Predicates").
    private static bool IsPlainValue(BsonValue value) => value switch
    {
        BsonDocument document => document.Count == 0 || !document[0].Name.StartsWith('$'),
        BsonRegularExpression => false,
        _ => true,
    };

    /// <summary>Stores each key's facet array from the batch's one result document into <paramref name="results"/>.</summary>
    /// <exception cref="MongoException">The reply is not one document holding an array of documents per key.</exception>
    public static void Split(IReadOnlyList<BsonDocument> replyDocuments, IReadOnlyList<int> keyIndexes, IReadOnlyList<BsonDocument>?[] results)
    {
        if (replyDocuments.Count != 1)
        {
            throw new MongoException($"A $facet batch must return exactly one document, not {replyDocuments.Count}.");
        }

        var facets = replyDocuments[0];
        foreach (var index in keyIndexes)
        {
            var name = FacetName(index);
            if (facets.GetValueOrDefault(name) is not BsonArray documents)
            {
                throw new MongoException($"The $facet batch's result has no array '{name}': {facets}");
            }

            var list = new List<BsonDocument>(documents.Count);
            foreach (var document in documents)
            {
                list.Add(document as BsonDocument ?? throw new MongoException($"The $facet batch's '{name}' holds a {document.Type}, not a document."));
            }

            results[index] = list;
        }
    }

    /// <summary>
    /// True when the batched command failed for something the keys run alone may not hit: the 16 MB result
    /// document (BSONObjectTooLarge), $facet's memory limit, a stage or operator $facet refuses that
    /// <see cref="FacetCompatibility"/> did not foresee, or one key's own error. The keys are then run one by
    /// one, so each gets exactly its un-batched outcome (§9.4 [REC]).
    /// </summary>
    public static bool WorthRetryingAlone(MongoCommandException error) => !NotAboutTheBatch.Contains(error.Code);
}
