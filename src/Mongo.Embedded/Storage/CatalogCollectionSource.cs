using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// The catalog as the aggregation engine's view of other collections ($lookup): a snapshot of the named
/// collection, or nothing when it does not exist, as the server scans a missing collection as empty.
/// </summary>
internal sealed class CatalogCollectionSource(Catalog catalog) : ICollectionSource
{
    public IEnumerable<BsonDocument> Scan(string database, string collection) =>
        catalog.Find(database, collection)?.Snapshot() ?? [];
}
