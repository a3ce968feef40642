using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// An update's or replacement's counts (CRUD spec, "UpdateResult"): matched and modified documents, and the
/// _id of the document an upsert inserted, if it did.
/// </summary>
public sealed record UpdateResult(bool IsAcknowledged, long MatchedCount, long ModifiedCount, long UpsertedCount, BsonValue? UpsertedId);
