using Serverless.Bson;
using Serverless.Mongo.Embedded.Sessions;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>
/// hello / isMaster: describes a standalone MongoDB 8.0 server (manual "hello"; wire version 25 is 8.0).
/// No topologyVersion is reported, so drivers poll instead of using the streaming protocol.
/// </summary>
internal sealed class HelloCommand : ICommandHandler
{
    public const int MaxWireVersion = 25;
    public const int MaxBsonObjectSize = 16 * 1024 * 1024;
    public const int MaxWriteBatchSize = 100_000;

    public IReadOnlyList<string> Names { get; } = ["hello", "isMaster", "ismaster"];

    public BsonDocument Execute(CommandContext context)
    {
        // hello answers isWritablePrimary; the legacy names answer ismaster (manual "hello", "Output").
        var primaryField = context.CommandName == "hello" ? "isWritablePrimary" : "ismaster";
        List<BsonElement> reply = [];
        if (CommandFields.Boolean(context, "helloOk", defaultValue: false))
        {
            reply.Add(new("helloOk", true));
        }

        reply.AddRange(
        [
            new(primaryField, true),
            new("maxBsonObjectSize", MaxBsonObjectSize),
            new("maxMessageSizeBytes", WireMessageCodec.DefaultMaxMessageSize),
            new("maxWriteBatchSize", MaxWriteBatchSize),
            new("localTime", context.Server.Time.GetUtcNow()),
            new("logicalSessionTimeoutMinutes", LogicalSessionRegistry.TimeoutMinutes),
            new("connectionId", context.ConnectionId),
            new("minWireVersion", 0),
            new("maxWireVersion", MaxWireVersion),
            new("readOnly", false),
        ]);
        return new BsonDocument(reply);
    }
}
