using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>The server could not satisfy the write concern (CRUD spec, "WriteConcernError"); the writes themselves happened.</summary>
public sealed record WriteConcernError(int Code, string CodeName, string Message, BsonDocument Details);
