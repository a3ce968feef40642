using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Operations;

/// <summary>
/// A command's reply and the server that produced it (a cursor's getMore must go back to that server). When the
/// reply opened a cursor, <paramref name="Session"/> is the implicit session it was opened in: the cursor owns it
/// until it is exhausted or closed (Driver Sessions spec, "Implicit sessions").
/// </summary>
internal sealed record CommandResult(BsonDocument Reply, ServerAddress Server, ServerSession? Session = null);
