namespace Serverless.GraphQL.Execution;

/// <summary>
/// An error whose message is meant for the client. Resolvers throw it to report a field error (§6.4.4); the default
/// error filter keeps its message and extensions, while any other exception is reported as "Unexpected error.".
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
    {
    }

    public GraphQLException(string message)
        : base(message)
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Client-facing details added to the error's "extensions" entry (§7.1.2), e.g. a machine-readable code.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
