using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Execution;

/// <summary>
/// Runs a read: candidates from an index when the filter allows it (else the whole collection in insertion
/// order), then filter, sort, skip, limit and projection, checking the deadline as it scans.
/// </summary>
internal static class QueryRunner
{
    public static IReadOnlyList<BsonDocument> Run(StoredCollection? collection, QueryRequest request, OperationDeadline deadline)
    {
        if (collection is null)
        {
            return [];
        }

        var results = IndexOrderedRead.TryRun(collection, request, deadline) ?? FilterAndSort(collection, request, deadline);
        if (request.Projection is { } projection)
        {
            for (var i = 0; i < results.Count; i++)
            {
                deadline.Check();
                results[i] = projection.Apply(results[i], request.Filter);
            }
        }

        return results;
    }

    private static List<BsonDocument> FilterAndSort(StoredCollection collection, QueryRequest request, OperationDeadline deadline)
    {
        // Without a sort, the first skip + limit matches are the answer, so the scan can stop there.
        var needed = request.Sort is { IsNatural: false } || request.Limit is null ? int.MaxValue : (int)Math.Min((long)request.Skip + request.Limit.Value, int.MaxValue);
        var matches = Filter(collection.Read(table => Candidates(table, request.Filter)), request.Filter, deadline, needed);
        IEnumerable<BsonDocument> ordered = request.Sort is { IsNatural: false } sort ? sort.Order(matches) : matches;
        ordered = ordered.Skip(request.Skip);
        if (request.Limit is { } limit)
        {
            ordered = ordered.Take(limit);
        }

        return ordered.ToList();
    }

    /// <summary>The documents of <paramref name="table"/> the filter matches, for writers holding the lock.</summary>
    public static List<BsonDocument> Matching(DocumentTable table, QueryFilter filter, OperationDeadline deadline) =>
        Filter(Candidates(table, filter), filter, deadline, int.MaxValue);

    /// <summary>
    /// A superset of the documents <paramref name="filter"/> matches: an index lookup when the filter allows
    /// one, else every document in insertion order. Callers must still apply the filter.
    /// </summary>
    public static IReadOnlyList<BsonDocument> Candidates(StoredCollection collection, BsonDocument filter) =>
        collection.Read(table => Candidates(table, filter));

    // An index holds binary-ordered keys, so a collation-aware filter scans the whole collection instead.
    private static IReadOnlyList<BsonDocument> Candidates(DocumentTable table, QueryFilter filter) =>
        filter.Collation is null ? Candidates(table, filter.Source) : table.Snapshot();

    private static IReadOnlyList<BsonDocument> Candidates(DocumentTable table, BsonDocument filter) =>
        IndexPlanner.Choose(filter, table.Indexes) is { } plan
            ? table.Lookup(plan.Probes) ?? table.Snapshot()
            : table.Snapshot();

    private static List<BsonDocument> Filter(IReadOnlyList<BsonDocument> candidates, QueryFilter filter, OperationDeadline deadline, int needed)
    {
        var matches = new List<BsonDocument>();
        for (var i = 0; i < candidates.Count && matches.Count < needed; i++)
        {
            // Every document: one filter may cost milliseconds ($expr over large arrays), so checking every
            // 64th let a find overrun its maxTimeMS by seconds; a clock read is cheap beside any match.
            deadline.Check();

            if (filter.Matches(candidates[i]))
            {
                matches.Add(candidates[i]);
            }
        }

        return matches;
    }
}
