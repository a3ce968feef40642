using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// Executes operations (GraphQL September 2025, §6) on a validated document. Every execution runs inside
/// <see cref="BatchDispatcher.RunUntilCompleteAsync{T}"/>, so DataLoader loads of one level go out as one batch.
/// </summary>
public static class Executor
{
    /// <summary>
    /// §6.1 ExecuteRequest for queries and mutations. Request errors (no such operation, invalid variables, a
    /// subscription operation) give a result without data; field errors give partial data (§7.1).
    /// </summary>
    /// <exception cref="OperationCanceledException">
    /// <see cref="ExecutionRequest.CancellationToken"/> was cancelled: cancellation is not a field error, the caller maps it (HTTP 408).
    /// </exception>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.CancellationToken.ThrowIfCancellationRequested();
        var prepared = PreparedOperation.Prepare(request, out var failure);
        if (prepared is null)
        {
            return failure!;
        }

        if (prepared.Operation.Operation == OperationType.Subscription)
        {
            // §6.2.3: a subscription answers with a stream of responses, which a single result cannot carry.
            return ExecutionResult.FromRequestErrors([new GraphQLError(
                "Subscription operations return a stream of responses; execute them with Executor.SubscribeAsync.",
                ErrorLocations.Of([prepared.Operation]))]);
        }

        return await RunAsync(request, prepared, SourceEvent.None, request.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// §6.2.3 Subscribe: one response per event of the subscription root field's source stream. The root field's
    /// resolver is the "subscribe" resolver: it returns an <see cref="IAsyncEnumerable{T}"/> of a reference type
    /// (CreateSourceEventStream), and each event is then that field's value while the rest of the selection set
    /// executes on it (ExecuteSubscriptionEvent). Request errors and a failing subscribe resolver yield one
    /// result without data. A query or mutation yields its single result.
    /// </summary>
    /// <exception cref="OperationCanceledException">The request token or the enumeration's token was cancelled.</exception>
    public static IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SubscriptionStream.SubscribeAsync(request, CancellationToken.None);
    }

    internal static async Task<ExecutionResult> RunAsync(ExecutionRequest request, PreparedOperation prepared, SourceEvent sourceEvent, CancellationToken cancellationToken)
    {
        var loaders = request.Loaders ?? new DataLoaderRegistry(new BatchDispatcher());
        var state = new ExecutionState(request, prepared.Operation, prepared.Variables, prepared.Planner, loaders, cancellationToken) { SourceEvent = sourceEvent };
        var executor = new FieldExecutor(state);

        // §6.2.2: a mutation's root fields run serially; everything else may run concurrently.
        var serially = prepared.Operation.Operation == OperationType.Mutation;
        var data = await loaders.Dispatcher.RunUntilCompleteAsync(
            async _ => await executor.ExecuteSelectionSetAsync(prepared.RootPlan, request.RootValue, null, serially).ConfigureAwait(true),
            cancellationToken).ConfigureAwait(false);

        // Resolvers that ignored the token may have finished anyway; a cancelled request still reports cancellation.
        cancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult(data as ResultMap, hasData: true, state.Errors, request.Extensions);
    }
}
