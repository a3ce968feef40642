using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Operations;

/// <summary>A command's reply and the server that produced it (a cursor's getMore must go back to that server).</summary>
internal sealed record CommandResult(BsonDocument Reply, ServerAddress Server);
