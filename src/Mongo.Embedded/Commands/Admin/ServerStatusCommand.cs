using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Admin;

/// <summary>
/// serverStatus (manual "serverStatus"): the instance, uptime, connections and cursor metrics. A subset of
/// mongod's sections: those this server has figures for; the rest (wiredTiger, opcounters, ...) are absent.
/// </summary>
internal sealed class ServerStatusCommand : ICommandHandler
{
    /// <summary>mongod's default net.maxIncomingConnections; this server sets no lower limit of its own.</summary>
    public const int MaxIncomingConnections = 1_000_000;

    public IReadOnlyList<string> Names { get; } = ["serverStatus"];

    public BsonDocument Execute(CommandContext context)
    {
        AdminDatabase.Require(context);
        var server = context.Server;
        var uptime = server.Time.GetElapsedTime(server.StartTimestamp);
        var connections = server.Connections;
        var cursors = server.Cursors.Counts();
        return
        [
            new("host", server.Host),
            new("version", BuildInfoCommand.Version),
            new("process", "mongod"),
            new("pid", (long)Environment.ProcessId),
            // mongod reports uptime in whole seconds as a double and uptimeMillis as a long.
            new("uptime", Math.Floor(uptime.TotalSeconds)),
            new("uptimeMillis", (long)uptime.TotalMilliseconds),
            new("uptimeEstimate", (long)uptime.TotalSeconds),
            new("localTime", server.Time.GetUtcNow()),
            new("connections", new BsonDocument(
                new BsonElement("current", connections.Current),
                new BsonElement("available", MaxIncomingConnections - connections.Current),
                new BsonElement("totalCreated", connections.TotalCreated))),
            new("metrics", new BsonDocument(new BsonElement("cursor", new BsonDocument(
                new BsonElement("timedOut", cursors.TimedOut),
                new BsonElement("totalOpened", cursors.TotalOpened),
                // Cursors here have no noCursorTimeout exemption: every open cursor is subject to the idle timeout.
                new BsonElement("open", new BsonDocument(
                    new BsonElement("noTimeout", 0L),
                    new BsonElement("pinned", cursors.Pinned),
                    new BsonElement("total", cursors.Open))))))),
        ];
    }
}
