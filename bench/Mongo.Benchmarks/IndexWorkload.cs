using Serverless.Bson;

namespace Serverless.Mongo.Benchmarks;

/// <summary>
/// Equality finds on the embedded server with and without a secondary index: sample_mflix.movies (only the _id
/// index) against a copy, movies_indexed, with indexes on year and title. Same documents, same filters, so the
/// difference is the index lookup against the full scan (the planner uses an index for top-level equality).
/// </summary>
internal sealed class IndexWorkload
{
    public const string IndexedCollection = "movies_indexed";

    private readonly MongoCollection _scanned;
    private readonly MongoCollection _indexed;

    private IndexWorkload(MongoCollection scanned, MongoCollection indexed, IReadOnlyList<(string Name, BsonDocument Filter, long Matches)> queries)
    {
        _scanned = scanned;
        _indexed = indexed;
        Queries = queries;
    }

    /// <summary>The filters measured and how many movies each matches.</summary>
    public IReadOnlyList<(string Name, BsonDocument Filter, long Matches)> Queries { get; }

    /// <summary>
    /// (Re)creates the indexed copy and picks the filters from the middle movie in _id order: its year (a common
    /// value, many matches) and its title (one or a few matches).
    /// </summary>
    public static async Task<IndexWorkload> CreateAsync(MongoClient client, CancellationToken cancellationToken)
    {
        var database = client.GetDatabase("sample_mflix");
        var scanned = database.GetCollection("movies");
        var indexed = database.GetCollection(IndexedCollection);
        var all = await CursorReader.FindAllAsync(scanned, BsonDocument.Empty, new FindOptions { Sort = [new("_id", 1)] }, cancellationToken).ConfigureAwait(false);
        await database.RunCommandAsync([new("drop", IndexedCollection)], cancellationToken).ConfigureAwait(false);
        await indexed.InsertManyAsync(all, cancellationToken: cancellationToken).ConfigureAwait(false);
        await database.RunCommandAsync(
            [
                new("createIndexes", IndexedCollection),
                new("indexes", new BsonArray(
                [
                    new BsonDocument([new("key", new BsonDocument([new("year", 1)])), new("name", "year_1")]),
                    new BsonDocument([new("key", new BsonDocument([new("title", 1)])), new("name", "title_1")]),
                ])),
            ],
            cancellationToken).ConfigureAwait(false);

        var middle = all[all.Count / 2];
        List<(string, BsonDocument, long)> queries = [];
        foreach (var field in new[] { "year", "title" })
        {
            var filter = new BsonDocument([new(field, middle[field])]);
            var matches = await scanned.CountDocumentsAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false);
            var indexedMatches = await indexed.CountDocumentsAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (matches != indexedMatches || matches == 0)
            {
                throw new InvalidOperationException($"{filter}: {matches} matches without the index, {indexedMatches} with it");
            }

            queries.Add(($"find {{{field}: {middle[field]}}}", filter, matches));
        }

        return new IndexWorkload(scanned, indexed, queries);
    }

    public Func<CancellationToken, Task> Find(BsonDocument filter, bool useIndexedCopy, long expected)
    {
        var collection = useIndexedCopy ? _indexed : _scanned;
        return async cancellationToken =>
        {
            var found = (await CursorReader.FindAllAsync(collection, filter, new FindOptions(), cancellationToken).ConfigureAwait(false)).Count;
            if (found != expected)
            {
                throw new InvalidOperationException($"{filter} read {found} documents, expected {expected}");
            }
        };
    }
}
