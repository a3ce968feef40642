using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>Exact-key lookups in one index: the documents holding any of <paramref name="Keys"/> there.</summary>
internal sealed record IndexProbe(string IndexName, IReadOnlyList<BsonArray> Keys);
