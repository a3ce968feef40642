using System.Globalization;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Operations;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>
/// currentOp (manual "currentOp"): one inprog document per running command, itself included. The fields of
/// the command other than currentOp, $all, $ownOps and the generic arguments are a query filter on those
/// documents. $all (idle connections and system operations too) and $ownOps (only the caller's user) change
/// nothing here: this server has neither idle-connection entries nor system operations, and it has no
/// per-user ownership.
/// </summary>
internal sealed class CurrentOpCommand : ICommandHandler
{
    // Generic command arguments (manual "Command Arguments"), not filter conditions.
    private static readonly HashSet<string> NotFilterFields = new(StringComparer.Ordinal)
    {
        "currentOp", "$all", "$ownOps", "$db", "lsid", "$clusterTime", "$readPreference", "apiVersion", "apiStrict",
        "apiDeprecationErrors", "comment", "maxTimeMS", "readConcern", "writeConcern",
    };

    public IReadOnlyList<string> Names { get; } = ["currentOp"];

    public BsonDocument Execute(CommandContext context)
    {
        AdminDatabase.Require(context);
        var all = CommandFields.Boolean(context, "$all", defaultValue: false);
        CommandFields.Boolean(context, "$ownOps", defaultValue: false);
        // "$all": true overrides any output field filters (manual "currentOp", "Behavior").
        var filter = all
            ? QueryFilter.Empty
            : QueryFilter.Parse(new BsonDocument(context.Body.Where(e => !NotFilterFields.Contains(e.Name))));
        var server = context.Server;
        var host = server.Host;
        var now = server.Time.GetUtcNow();
        var inprog = new List<BsonValue>();
        foreach (var operation in server.Operations.Snapshot())
        {
            var document = Describe(operation, host, now, server.Time);
            if (filter.Matches(document))
            {
                inprog.Add(document);
            }
        }

        return [new("inprog", new BsonArray(inprog))];
    }

    // manual "currentOp", "Output Fields"; opid is an int on a standalone mongod.
    private static BsonDocument Describe(RunningOperation operation, string host, DateTimeOffset now, TimeProvider time)
    {
        var running = time.GetElapsedTime(operation.StartTimestamp);
        List<BsonElement> fields =
        [
            new("type", "op"),
            new("host", host),
            new("desc", string.Create(CultureInfo.InvariantCulture, $"conn{operation.ConnectionId}")),
            new("connectionId", operation.ConnectionId),
            new("client", operation.ClientAddress),
            new("active", true),
            new("currentOpTime", now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)),
            new("opid", operation.OperationId),
        ];
        if (operation.Command.GetValueOrDefault("lsid") is BsonDocument lsid)
        {
            fields.Add(new("lsid", lsid));
        }

        fields.AddRange(
        [
            new("secs_running", (long)running.TotalSeconds),
            new("microsecs_running", (long)running.TotalMicroseconds),
            new("op", operation.OperationType),
            new("ns", operation.Namespace),
            new("command", operation.Command),
            new("numYields", 0),
            new("waitingForLock", false),
        ]);
        if (operation.KillPending)
        {
            fields.Add(new("killPending", true));
        }

        return new BsonDocument(fields);
    }
}
