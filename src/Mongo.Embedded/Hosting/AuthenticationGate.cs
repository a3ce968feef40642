using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>
/// Sits in front of the command dispatcher: answers the SASL commands (saslStart, saslContinue) and logout,
/// adds saslSupportedMechs and speculativeAuthenticate to hello, and, when the server has users, refuses every
/// other command on a connection that has not authenticated, with mongod's Unauthorized (13) "Command NAME
/// requires authentication".
/// </summary>
/// <remarks>
/// The commands allowed before authentication are those mongod marks as not requiring it
/// (<c>requiresAuth() == false</c>) that this server implements: hello/isMaster, ping, buildInfo, saslStart,
/// saslContinue and logout. Unknown commands still fail with CommandNotFound (59) first, as mongod looks the
/// command up before checking authorization. Without users, authentication is off (mongod without --auth),
/// but saslStart still answers, failing with AuthenticationFailed (18) since no user exists.
/// </remarks>
internal sealed class AuthenticationGate(CommandDispatcher dispatcher, ServerState server)
{
    private static readonly HashSet<string> HandshakeCommands = new(StringComparer.Ordinal) { "hello", "isMaster", "ismaster" };

    private static readonly HashSet<string> AllowedBeforeAuthentication = new(StringComparer.Ordinal)
    {
        "hello", "isMaster", "ismaster", "ping", "buildInfo", "saslStart", "saslContinue", "logout",
    };

    public BsonDocument Dispatch(BsonDocument body, ConnectionSession session, CancellationToken cancellationToken)
    {
        var name = body.Count > 0 ? body[0].Name : string.Empty;
        var database = body.GetValueOrDefault("$db") as BsonString;
        switch (name)
        {
            // Without a string $db these fall through to the dispatcher, which reports the missing $db.
            case "saslStart" when database is not null:
                return session.Sasl.HandleSaslStart(database.Value, body);
            case "saslContinue" when database is not null:
                return session.Sasl.HandleSaslContinue(database.Value, body);
            case "logout" when database is not null:
                session.Logout();
                return [new("ok", 1.0)];
            default:
                break;
        }

        if (server.RequiresAuthentication && !session.IsAuthenticated && !AllowedBeforeAuthentication.Contains(name) && dispatcher.Handles(name))
        {
            return CommandDispatcher.ErrorReply(13, "Unauthorized", $"Command {name} requires authentication");
        }

        var reply = dispatcher.Dispatch(body, server, session, cancellationToken);
        return HandshakeCommands.Contains(name) ? WithAuthenticationFields(body, reply, session) : reply;
    }

    // MongoDB Authentication spec: "Default Authentication Methods" (saslSupportedMechs) and "Speculative
    // Authentication" (the first SASL step carried in hello, answered in hello's reply).
    private static BsonDocument WithAuthenticationFields(BsonDocument hello, BsonDocument reply, ConnectionSession session)
    {
        if (reply.GetValueOrDefault("ok") is not BsonDouble { Value: 1.0 } ok)
        {
            return reply;
        }

        var extended = reply.Without("ok");
        if (hello.GetValueOrDefault("saslSupportedMechs") is BsonString user && session.Sasl.GetSaslSupportedMechs(user.Value) is { } mechanisms)
        {
            extended = extended.With("saslSupportedMechs", mechanisms);
        }

        if (hello.GetValueOrDefault("speculativeAuthenticate") is BsonDocument speculative
            && session.Sasl.HandleSpeculativeAuthenticate(speculative) is { } firstStep)
        {
            extended = extended.With("speculativeAuthenticate", firstStep);
        }

        return extended.With("ok", ok);
    }
}
