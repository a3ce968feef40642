using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Lookups in one index: the documents holding any of the exact <paramref name="Keys"/> there, plus, when
/// <paramref name="FirstFieldRange"/> is set, those whose first key field lies in that range.
/// </summary>
internal sealed record IndexProbe(string IndexName, IReadOnlyList<BsonArray> Keys, KeyRange? FirstFieldRange = null);
