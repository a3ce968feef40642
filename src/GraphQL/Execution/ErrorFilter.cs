namespace Serverless.GraphQL.Execution;

/// <summary>
/// Decides what the client sees of an exception raised while resolving or completing a field (§6.4.4 "Handling
/// Field Errors"). <paramref name="error"/> is the executor's default rendering (path and locations filled in);
/// return it, a changed copy, or a new error.
/// </summary>
public delegate GraphQLError ErrorFilter(GraphQLError error, Exception exception);
