using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>ping: an empty success, used by drivers and health checks.</summary>
internal sealed class PingCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["ping"];

    public BsonDocument Execute(CommandContext context) => BsonDocument.Empty;
}
