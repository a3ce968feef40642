using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>Per-request execution state (§6 "executionContext"): inputs, coerced variables and the collected field errors.</summary>
internal sealed class ExecutionState(
    ExecutionRequest request,
    OperationDefinitionNode operation,
    IReadOnlyDictionary<string, object?> variables,
    SelectionPlanner planner,
    DataLoaderRegistry loaders,
    CancellationToken cancellationToken)
{
    private readonly Lock _gate = new();
    private readonly List<GraphQLError> _errors = [];

    public ExecutionRequest Request { get; } = request;

    public Schema Schema => Request.Schema;

    public OperationDefinitionNode Operation { get; } = operation;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public SelectionPlanner Planner { get; } = planner;

    public DataLoaderRegistry Loaders { get; } = loaders;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The subscription event being answered, if any (its root field's value).</summary>
    public SourceEvent SourceEvent { get; init; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Whether <paramref name="exception"/> is this request being cancelled (reported apart from field errors).</summary>
    public bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;

    /// <summary>
    /// §6.4.4 Handling Field Errors: records <paramref name="exception"/> at <paramref name="path"/>. Only messages meant
    /// for clients (<see cref="GraphQLException"/>, <see cref="CoercionException"/>) are shown; others become
    /// "Unexpected error." and go to <see cref="ExecutionRequest.UnexpectedError"/>.
    /// </summary>
    public void AddError(Exception exception, IReadOnlyList<FieldNode> nodes, ResponsePath path)
    {
        var locations = ErrorLocations.Of(nodes);
        var error = exception switch
        {
            GraphQLException known => new GraphQLError(known.Message, locations, path.ToList(), known.Extensions),
            CoercionException coercion => new GraphQLError(coercion.Message, locations, path.ToList()),
            _ => new GraphQLError("Unexpected error.", locations, path.ToList()),
        };
        if (exception is not (GraphQLException or CoercionException))
        {
            Request.UnexpectedError?.Invoke(exception, error);
        }

        if (Request.ErrorFilter is { } filter)
        {
            error = filter(error, exception);
        }

        lock (_gate)
        {
            _errors.Add(error);
        }
    }
}
