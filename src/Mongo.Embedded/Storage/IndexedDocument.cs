using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>A document found through an index, with the key it was found under.</summary>
internal readonly record struct IndexedDocument(BsonValue Key, BsonDocument Document);
