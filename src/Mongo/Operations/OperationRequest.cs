using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Operations;

/// <summary>One command to run: where, what kind, with which read preference (reads only) and time budget.</summary>
internal sealed record OperationRequest(string Database, BsonDocument Command, CommandKind Kind, ReadPreference ReadPreference, TimeSpan? TimeBudget)
{
    public string CommandName => Command[0].Name;
}
