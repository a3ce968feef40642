using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>
/// endSessions: drivers send it when they close, naming the sessions they will not use again; they leave the
/// session cache at once instead of expiring after logicalSessionTimeoutMinutes (manual "endSessions").
/// </summary>
internal sealed class EndSessionsCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["endSessions"];

    public BsonDocument Execute(CommandContext context)
    {
        if (context.Body[0].Value is not BsonArray sessions)
        {
            throw CommandFields.WrongType(context, "endSessions", context.Body[0].Value, "array");
        }

        foreach (var session in sessions)
        {
            if (session is not BsonDocument)
            {
                throw ServerErrors.TypeMismatch($"BSON field 'endSessions' element is the wrong type '{BsonTypeAliases.NameOf(session.Type)}', expected type 'object'");
            }
        }

        context.Server.Sessions.End(sessions);
        return BsonDocument.Empty;
    }
}
