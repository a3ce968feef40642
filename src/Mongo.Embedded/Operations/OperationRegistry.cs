using System.Collections.Concurrent;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Operations;

/// <summary>
/// The commands running right now, by opid, for currentOp and killOp. A command is registered when the
/// dispatcher starts it and removed when its reply is ready, whatever the outcome.
/// </summary>
internal sealed class OperationRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<int, RunningOperation> _running = new();
    private int _lastOperationId;

    public RunningOperation Begin(int connectionId, string clientAddress, string databaseName, BsonDocument command)
    {
        var operation = new RunningOperation(
            Interlocked.Increment(ref _lastOperationId),
            connectionId,
            clientAddress,
            OperationTypeOf(command[0].Name),
            NamespaceOf(databaseName, command),
            command,
            time.GetTimestamp());
        _running[operation.OperationId] = operation;
        return operation;
    }

    public void End(RunningOperation operation) => _running.TryRemove(operation.OperationId, out _);

    /// <summary>The running operations, oldest first.</summary>
    public IReadOnlyList<RunningOperation> Snapshot() => [.. _running.Values.OrderBy(o => o.OperationId)];

    /// <summary>Marks the operation killed; false when no operation has that id (it may have just finished).</summary>
    public bool Kill(long operationId)
    {
        if (operationId is < int.MinValue or > int.MaxValue || !_running.TryGetValue((int)operationId, out var operation))
        {
            return false;
        }

        operation.Kill();
        return true;
    }

    // currentOp's "op" field (manual "currentOp", "Output Fields": "currentOp.op"): the CRUD commands report
    // their legacy operation names, everything else is "command".
    private static string OperationTypeOf(string commandName) => commandName switch
    {
        "find" => "query",
        "getMore" => "getmore",
        "insert" => "insert",
        "update" => "update",
        "delete" => "remove",
        _ => "command",
    };

    // A command whose first value is a collection name runs on db.collection; getMore names it in
    // "collection"; anything else (aggregate: 1, hello, currentOp) runs on db.$cmd.
    private static string NamespaceOf(string databaseName, BsonDocument command)
    {
        var collection = command[0].Name == "getMore" ? command.GetValueOrDefault("collection") : command[0].Value;
        return collection is BsonString { Value: { Length: > 0 } name } ? $"{databaseName}.{name}" : $"{databaseName}.$cmd";
    }
}
