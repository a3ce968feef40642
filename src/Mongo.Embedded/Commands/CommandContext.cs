using Serverless.Bson;
using Serverless.Mongo.Embedded.Hosting;

namespace Serverless.Mongo.Embedded.Commands;

/// <summary>What one command runs with: its body (document sequences merged in), target database, the server's state and the calling connection.</summary>
internal sealed class CommandContext(BsonDocument body, string databaseName, ServerState server, ConnectionSession connection, OperationDeadline deadline)
{
    public BsonDocument Body { get; } = body;

    /// <summary>The first key of the body, exactly as sent.</summary>
    public string CommandName => Body[0].Name;

    /// <summary>The $db field.</summary>
    public string DatabaseName { get; } = databaseName;

    public ServerState Server { get; } = server;

    public int ConnectionId => connection.Id;

    /// <summary>The calling connection's peer, <c>host:port</c>.</summary>
    public string ClientAddress => connection.ClientAddress;

    public OperationDeadline Deadline { get; } = deadline;
}
