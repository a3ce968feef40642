using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>
/// The documents of other collections, for $lookup: the server implements it over its catalog, tests over
/// in-memory lists. A collection that does not exist scans as empty, as on the server.
/// </summary>
public interface ICollectionSource
{
    IEnumerable<BsonDocument> Scan(string database, string collection);
}
