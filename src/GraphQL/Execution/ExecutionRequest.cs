using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Documents;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// What <see cref="Executor.ExecuteAsync"/> needs (§6.1 ExecuteRequest). Give exactly one of <see cref="Query"/> (the
/// text: parsed, validated and planned through a <see cref="DocumentCache"/>) or <see cref="Document"/> (a syntax tree
/// assumed to be validated, §5).
/// </summary>
public sealed class ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>A parsed document that already passed validation; its plans are cached with it.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>
    /// The query text. It goes through <see cref="Documents"/> (default: the schema's shared
    /// <see cref="DocumentCache.For(Schema)"/>): a syntax or validation error becomes a request error result (§7.1.1).
    /// </summary>
    public string? Query { get; init; }

    /// <summary>The cache <see cref="Query"/> goes through; it must belong to <see cref="Schema"/>.</summary>
    public DocumentCache? Documents { get; init; }

    /// <summary>Which operation to run; may be null when the document holds exactly one (§6.1 GetOperation).</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values in the neutral JSON-like model of <see cref="ValueCoercion"/> (JsonElement accepted too).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>Host services for resolvers (<see cref="IExecutionFieldContext.Services"/>).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>
    /// The request's loaders; null makes the executor create one registry per request. When given, it must be bound
    /// to a dispatcher that is not driving another execution.
    /// </summary>
    public DataLoaderRegistry? Loaders { get; init; }

    /// <summary>Cancels the request; <see cref="Executor.ExecuteAsync"/> then throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Optional last word on each field error sent to the client (applied after the default filtering).</summary>
    public ErrorFilter? ErrorFilter { get; init; }

    /// <summary>
    /// Receives exceptions that are not <see cref="GraphQLException"/>/<see cref="CoercionException"/>: the client only
    /// sees "Unexpected error.", so this is where the server logs the original (with the error sent to the client).
    /// </summary>
    public Action<Exception, GraphQLError>? UnexpectedError { get; init; }

    /// <summary>Extensions copied into the result (§7.1 "extensions").</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
