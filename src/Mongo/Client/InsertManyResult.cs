using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>insertMany's result: each document's _id by its position in the input.</summary>
public sealed record InsertManyResult(bool IsAcknowledged, IReadOnlyDictionary<int, BsonValue> InsertedIds);
