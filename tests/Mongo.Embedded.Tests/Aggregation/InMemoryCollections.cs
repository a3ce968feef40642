using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;

namespace Serverless.Mongo.Embedded.Tests.Aggregation;

/// <summary>Named in-memory collections for $lookup; counts scans so tests can check the join reads once.</summary>
internal sealed class InMemoryCollections : ICollectionSource
{
    private readonly Dictionary<(string, string), IReadOnlyList<BsonDocument>> _collections = [];

    public int Scans { get; private set; }

    public InMemoryCollections Add(string database, string collection, string documents)
    {
        _collections[(database, collection)] = [.. Shell.Array(documents).Cast<BsonDocument>()];
        return this;
    }

    public IEnumerable<BsonDocument> Scan(string database, string collection)
    {
        Scans++;
        return _collections.TryGetValue((database, collection), out var documents) ? documents : [];
    }
}
