using Serverless.Bson;

namespace Serverless.Mongo.Operations;

/// <summary>Which commands are reads, and which reads and writes the retry specs allow to be retried.</summary>
internal static class CommandClassifier
{
    // Retryable Reads spec, "Supported Read Operations" (aggregate only without $out/$merge, checked below).
    private static readonly HashSet<string> RetryableReads = new(StringComparer.Ordinal)
    {
        "find", "aggregate", "count", "distinct", "listCollections", "listIndexes", "listDatabases",
    };

    // Reads that must not be retried (a getMore may have advanced the cursor) but are still reads for selection.
    private static readonly HashSet<string> OtherReads = new(StringComparer.Ordinal)
    {
        "getMore", "killCursors", "ping", "hello", "isMaster", "ismaster", "buildInfo", "dbStats", "collStats", "explain", "serverStatus",
    };

    // Commands that must not carry an lsid: the handshake and authentication run before or outside any session,
    // and endSessions names the sessions it ends instead (Driver Sessions spec, "endSessions").
    private static readonly HashSet<string> Sessionless = new(StringComparer.Ordinal)
    {
        "hello", "isMaster", "ismaster", "saslStart", "saslContinue", "authenticate", "getnonce", "endSessions",
    };

    /// <summary>
    /// Driver Sessions spec, "Implicit sessions": every command gets the implicit session's lsid, except those
    /// above, commands that already name a session, and unacknowledged writes (writeConcern w: 0), whose outcome
    /// the driver never learns, so the session could not be returned safely.
    /// </summary>
    public static bool TakesImplicitSession(BsonDocument command) =>
        !Sessionless.Contains(command[0].Name)
        && !command.Contains("lsid")
        && !(command.GetValueOrDefault("writeConcern") is BsonDocument writeConcern && BsonNumbers.TryInt64(writeConcern.GetValueOrDefault("w")) == 0);

    /// <summary>
    /// The kind the generic command path gives a command by its name: reads may use a secondary when no primary is
    /// known; everything else is treated as a write, which needs the primary.
    /// </summary>
    public static CommandKind KindOf(BsonDocument command) =>
        !HasWriteStage(command) && (RetryableReads.Contains(command[0].Name) || OtherReads.Contains(command[0].Name)) ? CommandKind.Read : CommandKind.Write;

    /// <summary>Retryable Reads spec, "Supported Read Operations".</summary>
    public static bool IsRetryableRead(BsonDocument command)
    {
        var name = command[0].Name;
        if (!RetryableReads.Contains(name))
        {
            return false;
        }

        return !HasWriteStage(command);
    }

    /// <summary>An aggregate whose pipeline writes ($out or $merge): a write for selection, and not a retryable read.</summary>
    public static bool HasWriteStage(BsonDocument command) =>
        command[0].Name == "aggregate"
        && command.GetValueOrDefault("pipeline") is BsonArray pipeline
        && pipeline.OfType<BsonDocument>().Any(stage => stage.Count > 0 && stage[0].Name is "$out" or "$merge");

    /// <summary>
    /// Retryable Writes spec, "Supported Write Operations": insert; update and delete only when every statement
    /// affects at most one document (multi: false / limit: 1); findAndModify.
    /// </summary>
    public static bool IsRetryableWrite(BsonDocument command) => command[0].Name switch
    {
        "insert" or "findAndModify" or "findandmodify" => true,
        "update" => Statements(command, "updates").All(statement => statement.GetValueOrDefault("multi") is not BsonBoolean { Value: true }),
        "delete" => Statements(command, "deletes").All(statement => BsonNumbers.TryInt64(statement.GetValueOrDefault("limit")) == 1),
        _ => false,
    };

    private static IEnumerable<BsonDocument> Statements(BsonDocument command, string field) =>
        command.GetValueOrDefault(field) is BsonArray statements ? statements.OfType<BsonDocument>() : [];
}
