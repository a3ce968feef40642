using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Operations;

/// <summary>
/// One command while it runs: what currentOp reports about it and the flag killOp sets. The command notices
/// the flag at its next deadline check (manual "killOp": "terminates an operation at its next interrupt point").
/// </summary>
internal sealed class RunningOperation(int operationId, int connectionId, string clientAddress, string operationType, string collectionNamespace, BsonDocument command, long startTimestamp)
{
    private volatile bool _killPending;

    public int OperationId { get; } = operationId;

    public int ConnectionId { get; } = connectionId;

    /// <summary>The peer address, <c>host:port</c>.</summary>
    public string ClientAddress { get; } = clientAddress;

    /// <summary>currentOp's <c>op</c>: command, query, getmore, insert, update or remove.</summary>
    public string OperationType { get; } = operationType;

    /// <summary><c>db.collection</c>, or <c>db.$cmd</c> for a command on no collection.</summary>
    public string Namespace { get; } = collectionNamespace;

    public BsonDocument Command { get; } = command;

    /// <summary>TimeProvider timestamp when the command started.</summary>
    public long StartTimestamp { get; } = startTimestamp;

    public bool KillPending => _killPending;

    public void Kill() => _killPending = true;
}
