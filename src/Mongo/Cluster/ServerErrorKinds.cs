namespace Serverless.Mongo.Cluster;

/// <summary>The server error codes SDAM reacts to (SDAM spec, "Error handling": "not writable primary" and "node is recovering").</summary>
internal static class ServerErrorKinds
{
    // NotWritablePrimary, NotPrimaryNoSecondaryOk, LegacyNotPrimary.
    private static readonly HashSet<int> NotWritablePrimaryCodes = [10107, 13435, 10058];

    // InterruptedAtShutdown, InterruptedDueToReplStateChange, NotPrimaryOrSecondary, PrimarySteppedDown, ShutdownInProgress.
    private static readonly HashSet<int> NodeIsRecoveringCodes = [11600, 11602, 13436, 189, 91];

    // InterruptedAtShutdown, ShutdownInProgress: the server is going away, so its pooled connections are too.
    private static readonly HashSet<int> ShutdownCodes = [11600, 91];

    /// <summary>The error means the server's role changed: mark it Unknown and check it again.</summary>
    public static bool IsStateChange(MongoCommandException error) =>
        NotWritablePrimaryCodes.Contains(error.Code) || NodeIsRecoveringCodes.Contains(error.Code);

    public static bool IsShutdown(MongoCommandException error) => ShutdownCodes.Contains(error.Code);
}
