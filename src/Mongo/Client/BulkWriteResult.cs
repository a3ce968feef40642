using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// What a bulkWrite did (CRUD spec, "BulkWriteResult"). Ids are keyed by the index of the write model that
/// produced them. An unacknowledged (w: 0) write has no counts.
/// </summary>
public sealed record BulkWriteResult(
    bool IsAcknowledged,
    long InsertedCount,
    long MatchedCount,
    long ModifiedCount,
    long DeletedCount,
    long UpsertedCount,
    IReadOnlyDictionary<int, BsonValue> InsertedIds,
    IReadOnlyDictionary<int, BsonValue> UpsertedIds);
