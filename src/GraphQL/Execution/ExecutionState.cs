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

    /// <summary>An error of the operation itself (no field to blame): no path, and the caller nulls the data.</summary>
    public void AddOperationError(GraphQLException exception)
    {
        var error = new GraphQLError(exception.Message, ErrorLocations.Of([Operation]), null, exception.Extensions);
        if (Request.ErrorFilter is { } filter)
        {
            error = filter(error, exception);
        }

        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    /// <summary>
    /// A null propagated out of the field <paramref name="keys"/>[<paramref name="index"/>] of the selection set at
    /// <paramref name="parent"/>: drops the errors of the fields after it. graphql-js 17 completes siblings in order and
    /// stops at the first whose null propagates, so those errors never exist there; §6.4.4 leaves this open and
    /// matching it keeps responses identical. Our siblings run concurrently, hence the clean-up afterwards.
    /// </summary>
    public void DiscardErrorsAfter(ResponsePath? parent, string[] keys, int index) =>
        DiscardErrorsUnder(parent, key => key is string name && Array.IndexOf(keys, name, index + 1) > index);

    /// <summary>As <see cref="DiscardErrorsAfter(ResponsePath?, string[], int)"/> for list items after item <paramref name="index"/>.</summary>
    public void DiscardErrorsAfter(ResponsePath list, int index) =>
        DiscardErrorsUnder(list, key => key is int item && item > index);

    private void DiscardErrorsUnder(ResponsePath? parent, Func<object, bool> isDiscarded)
    {
        var prefix = parent?.ToList() ?? [];
        lock (_gate)
        {
            _errors.RemoveAll(error => error.Path is { } path && path.Count > prefix.Count
                && prefix.Select((key, i) => Equals(key, path[i])).All(same => same) && isDiscarded(path[prefix.Count]));
        }
    }
}
