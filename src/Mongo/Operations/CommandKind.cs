namespace Serverless.Mongo.Operations;

/// <summary>How an operation chooses its server and whether it may be retried.</summary>
internal enum CommandKind
{
    /// <summary>A read: selected by read preference; retried per the Retryable Reads spec when the command is retryable.</summary>
    Read,

    /// <summary>A write: runs on a writable server; retried per the Retryable Writes spec when the command is retryable.</summary>
    Write,
}
