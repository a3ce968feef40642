using System.Runtime.CompilerServices;
using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.2.3 Subscribe: CreateSourceEventStream, then MapSourceToResponseEvent.</summary>
internal static class SubscriptionStream
{
    public static async IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken, cancellationToken);
        var token = linked.Token;
        token.ThrowIfCancellationRequested();
        var prepared = PreparedOperation.Prepare(request, out var failure);
        if (prepared is null)
        {
            yield return failure!;
            yield break;
        }

        if (prepared.Operation.Operation != OperationType.Subscription)
        {
            yield return await Executor.RunAsync(request, prepared, SourceEvent.None, token).ConfigureAwait(false);
            yield break;
        }

        var (stream, errors) = await CreateSourceEventStreamAsync(request, prepared, token).ConfigureAwait(false);
        if (stream is null)
        {
            yield return ExecutionResult.FromRequestErrors(errors);
            yield break;
        }

        await foreach (var payload in stream.WithCancellation(token).ConfigureAwait(false))
        {
            // §6.2.3.2 ExecuteSubscriptionEvent: a fresh execution (and loader registry) per event.
            yield return await Executor.RunAsync(request, prepared, new SourceEvent(true, payload), token).ConfigureAwait(false);
        }
    }

    /// <summary>§6.2.3.1: resolves the single root field with its subscribe resolver, which must return a stream.</summary>
    private static async Task<(IAsyncEnumerable<object?>? Stream, IReadOnlyList<GraphQLError> Errors)> CreateSourceEventStreamAsync(
        ExecutionRequest request, PreparedOperation prepared, CancellationToken token)
    {
        var (fields, _) = prepared.RootPlan.Select(prepared.Variables);
        if (fields.Length != 1)
        {
            // Validation (§5.2.4.1 Single Root Field) rejects this; @skip can still leave no field at runtime.
            return (null, [new GraphQLError("Subscription operations must select exactly one root field.", ErrorLocations.Of([prepared.Operation]))]);
        }

        var selected = fields[0];
        var loaders = new DataLoaderRegistry(new BatchDispatcher());
        var state = new ExecutionState(request, prepared.Operation, prepared.Variables, prepared.Planner, loaders, token);
        var path = ResponsePath.Append(null, selected.Field.ResponseKey);
        object? source = null;
        try
        {
            source = await loaders.Dispatcher.RunUntilCompleteAsync(
                async _ =>
                {
                    var context = new FieldContext(state, selected.Field, selected.Nodes, request.RootValue, selected.Field.GetArguments(prepared.Variables), path);
                    return await selected.Field.Resolver(context).ConfigureAwait(true);
                },
                token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            // graphql-js: an error raised while creating the stream is reported as a result with errors only.
            state.AddError(exception, selected.Nodes, path);
            return (null, state.Errors);
        }

        return source is IAsyncEnumerable<object?> stream
            ? (stream, [])
            : (null, [new GraphQLError(
                $"Subscription field must return AsyncIterable. Received: {source?.GetType().Name ?? "null"}.",
                ErrorLocations.Of(selected.Nodes),
                path.ToList())]);
    }
}
