using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>
/// refreshSessions: marks the named sessions as used now, so that they do not expire while a client keeps them
/// without sending commands (manual "refreshSessions"); a session not yet known is created, as on the server.
/// </summary>
internal sealed class RefreshSessionsCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["refreshSessions"];

    public BsonDocument Execute(CommandContext context)
    {
        if (context.Body[0].Value is not BsonArray sessions)
        {
            throw CommandFields.WrongType(context, "refreshSessions", context.Body[0].Value, "array");
        }

        foreach (var session in sessions)
        {
            context.Server.Sessions.Touch(session, userName: "");
        }

        return BsonDocument.Empty;
    }
}
