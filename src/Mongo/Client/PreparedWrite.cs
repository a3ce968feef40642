using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>A write model turned into its command statement, remembering its index in the caller's list.</summary>
internal sealed record PreparedWrite(int Index, WriteCommandKind Kind, BsonDocument Statement, BsonValue? InsertedId);
