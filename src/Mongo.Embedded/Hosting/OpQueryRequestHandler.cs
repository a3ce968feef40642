using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>
/// Answers the legacy OP_QUERY handshake. Drivers send their first hello as OP_QUERY to "admin.$cmd" because
/// they cannot know yet that the server speaks OP_MSG; since MongoDB 5.1 every other OP_QUERY command is
/// refused with UnsupportedOpQueryCommand (352), which is what this handler does too.
/// </summary>
internal sealed class OpQueryRequestHandler(AuthenticationGate gate, ServerState server) : IWireRequestHandler
{
    private const string CommandCollectionSuffix = ".$cmd";

    // OP_REPLY responseFlags bit 3, AwaitCapable: every server since 1.6 sets it (Wire Protocol, "OP_REPLY").
    private const int AwaitCapable = 8;

    private static readonly HashSet<string> HandshakeCommands = new(StringComparer.Ordinal) { "hello", "isMaster", "ismaster" };

    public OpCode OpCode => OpCode.Query;

    public WireMessage? Handle(WireMessage request, ConnectionSession session, CancellationToken cancellationToken)
    {
        var query = (OpQueryMessage)request;
        return new OpReplyMessage(server.NextRequestId(), query.RequestId, AwaitCapable, 0, 0, [Answer(query, session, cancellationToken)]);
    }

    private BsonDocument Answer(OpQueryMessage query, ConnectionSession session, CancellationToken cancellationToken)
    {
        // Drivers may wrap the command as {$query: {...}, $readPreference: ...} (legacy "Query Modifiers").
        var command = query.Query.TryGetValue("$query", out var inner) && inner is BsonDocument wrapped ? wrapped : query.Query;
        var name = command.Count > 0 ? command[0].Name : string.Empty;
        if (!query.FullCollectionName.EndsWith(CommandCollectionSuffix, StringComparison.Ordinal) || !HandshakeCommands.Contains(name))
        {
            var error = ServerErrors.UnsupportedOpQueryCommand(name.Length > 0 ? name : query.FullCollectionName);
            return CommandDispatcher.ErrorReply(error.Code, error.CodeName, error.Message);
        }

        var database = query.FullCollectionName[..^CommandCollectionSuffix.Length];
        return gate.Dispatch(command.Without("$db").With("$db", database), session, cancellationToken);
    }
}
