namespace Serverless.Core.Execution;

/// <summary>
/// The request's query-time budget (§13) ran out before or while a field resolved. It aborts the whole request
/// with the 408 body, so it is not a <see cref="GraphQL.Execution.GraphQLException"/>: its message is never shown as a field error.
/// </summary>
public sealed class QueryTimeLimitExceededException : Exception
{
    public QueryTimeLimitExceededException()
    {
    }

    public QueryTimeLimitExceededException(string message)
        : base(message)
    {
    }

    public QueryTimeLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
