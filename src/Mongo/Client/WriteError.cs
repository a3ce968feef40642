using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// One failed write (CRUD spec, "WriteError"): its index among the writes the caller passed, the server's
/// code and message, and errInfo or, for duplicate keys, keyPattern/keyValue in <see cref="Details"/>.
/// </summary>
public sealed record WriteError(int Index, int Code, string Message, BsonDocument Details);
