namespace Serverless.Mongo.Operations;

/// <summary>Which errors the retry specs retry once.</summary>
internal static class RetryableErrors
{
    /// <summary>The label the server (4.4+) adds to errors a retryable write may be retried after.</summary>
    public const string RetryableWriteLabel = "RetryableWriteError";

    // Retryable Reads spec, "Retryable Error": InterruptedAtShutdown, InterruptedDueToReplStateChange,
    // NotWritablePrimary, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary, PrimarySteppedDown, ShutdownInProgress,
    // HostNotFound, HostUnreachable, NetworkTimeout, SocketException, ExceededTimeLimit, ReadConcernMajorityNotAvailableYet.
    private static readonly HashSet<int> RetryableReadCodes = [11600, 11602, 10107, 13435, 13436, 189, 91, 7, 6, 89, 9001, 262, 134];

    /// <summary>Network errors (including failing to connect) and the listed server codes.</summary>
    public static bool IsRetryableRead(Exception error) => error switch
    {
        MongoConnectionException => true,
        MongoCommandException command => RetryableReadCodes.Contains(command.Code),
        _ => false,
    };

    /// <summary>
    /// Retryable Writes spec, "Determining Retryable Errors": network errors (the driver adds the label itself)
    /// and server errors carrying the RetryableWriteError label.
    /// </summary>
    public static bool IsRetryableWrite(Exception error) => error switch
    {
        MongoConnectionException => true,
        MongoCommandException command => command.ErrorLabels.Contains(RetryableWriteLabel),
        _ => false,
    };
}
