using Serverless.Bson;

namespace Serverless.Core.Resolution;

/// <summary>
/// The value of a composite-typed field as it travels to its sub-fields: the BSON value plus the root document of
/// its resolution path (§8 [REC]: rootDoc is computed per path, scoped to the current level-1 element, instead of
/// RESTHeart's shared mutable "last writer wins" slot).
/// </summary>
internal sealed record ResolvedValue(BsonValue Value, BsonDocument? RootDoc);
