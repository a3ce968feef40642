using System.Runtime.ExceptionServices;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// §6.3 ExecuteSelectionSet and §6.4 ExecuteField. Everything awaits on the current scheduler (no
/// ConfigureAwait(false), no Task.Run) so the batch dispatcher sees when every resolver is blocked on a load.
/// Work that completes synchronously (most fields: dictionary reads, leaf values) is taken straight from its
/// <see cref="ValueTask{TResult}"/>; only fields still running are collected and awaited.
/// </summary>
internal sealed class FieldExecutor(ExecutionState state)
{
    /// <summary>
    /// Executes the selected fields on <paramref name="source"/>: concurrently for queries (§6.3.1), one after another
    /// for mutation roots (§6.2.2). Returns a <see cref="ResultMap"/> or <see cref="NullPropagation.Marker"/>.
    /// </summary>
    public async ValueTask<object?> ExecuteSelectionSetAsync(SelectionPlan plan, object? source, ResponsePath? path, bool serially)
    {
        SelectedField[] fields;
        ResponseKeys keys;
        try
        {
            (fields, keys) = plan.Select(state.Variables);
        }
        catch (GraphQLException exception) when (path is null)
        {
            // A @skip/@include variable without a value: below the root this is the parent field's error; at the root
            // there is no field, so the error has no path and data is null (graphql-js executeOperation).
            state.AddOperationError(exception);
            return NullPropagation.Marker;
        }

        var map = new ResultMap(keys);
        if (serially)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var value = await ExecuteFieldAsync(fields[i], source, path).ConfigureAwait(true);
                if (ReferenceEquals(value, NullPropagation.Marker))
                {
                    return NullPropagation.Marker;
                }

                map.Set(i, value);
            }

            return map;
        }

        // Every sibling starts before any is awaited, so their loads batch together (§6.3.1 normal execution).
        var firstNull = -1;
        ValueTask<object?>[]? running = null;
        for (var i = 0; i < fields.Length; i++)
        {
#pragma warning disable CA2012 // Consumed exactly once: read now when complete, else awaited by AwaitRunningAsync.
            var execution = ExecuteFieldAsync(fields[i], source, path);
#pragma warning restore CA2012
            if (execution.IsCompletedSuccessfully)
            {
                var value = execution.Result;
                if (ReferenceEquals(value, NullPropagation.Marker) && firstNull < 0)
                {
                    firstNull = i;
                }

                map.Set(i, value);
            }
            else
            {
                (running ??= new ValueTask<object?>[fields.Length])[i] = execution;
            }
        }

        if (running is not null)
        {
            firstNull = FirstNull(firstNull, await AwaitRunningAsync(running, map.Slots).ConfigureAwait(true));
        }

        if (firstNull >= 0)
        {
            state.DiscardErrorsAfter(path, keys.Names, firstNull);
            return NullPropagation.Marker;
        }

        return map;
    }

    /// <summary>§6.4.3 CompleteValue for an object: CollectSubfields (planned) and ExecuteSelectionSet.</summary>
    public ValueTask<object?> CompleteObjectAsync(ObjectType objectType, FieldContext field, ResponsePath path, object result) =>
        ExecuteSelectionSetAsync(field.Planned.GetChildPlan(objectType, state.Planner), result, path, serially: false);

    /// <summary>Completes a list item, turning its error into a field error at the item's path (§6.4.4).</summary>
    public async ValueTask<object?> CompleteCaughtAsync(ValueCompleter completer, bool isNonNull, FieldContext field, ResponsePath path, object? value)
    {
        try
        {
            var completed = await completer.CompleteAsync(this, field, path, value).ConfigureAwait(true);
            return NullPropagation.AbsorbAt(isNonNull, completed);
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            state.AddError(exception, field.FieldNodes, path);
            return isNonNull ? NullPropagation.Marker : null;
        }
    }

    /// <summary>A list item's null propagated: drops the errors of the items after it (see <see cref="ExecutionState.DiscardErrorsAfter(ResponsePath, int)"/>).</summary>
    public void DiscardItemErrorsAfter(ResponsePath list, int index) => state.DiscardErrorsAfter(list, index);

    /// <summary>The smaller of two indexes of propagated nulls, where -1 means none.</summary>
    public static int FirstNull(int first, int second) => first < 0 ? second : second < 0 ? first : Math.Min(first, second);

    /// <summary>
    /// Awaits every started completion (the non-default entries of <paramref name="running"/>), storing each value
    /// at its index of <paramref name="results"/>; then rethrows the first failure (only cancellation or executor faults get here). Returns
    /// the index of the first value that was <see cref="NullPropagation.Marker"/>, or -1.
    /// </summary>
    public static async ValueTask<int> AwaitRunningAsync(ValueTask<object?>[] running, object?[] results)
    {
        var firstNull = -1;
        ExceptionDispatchInfo? failure = null;
        for (var i = 0; i < running.Length; i++)
        {
            if (running[i] == default)
            {
                continue;
            }

            try
            {
                var value = await running[i].ConfigureAwait(true);
                if (ReferenceEquals(value, NullPropagation.Marker) && firstNull < 0)
                {
                    firstNull = i;
                }

                results[i] = value;
            }
            catch (Exception exception)
            {
                // Keep awaiting the siblings so no resolver outlives the request; report the first failure after.
                failure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        failure?.Throw();
        return firstNull;
    }

    /// <summary>§6.4 ExecuteField: coerce arguments, resolve, complete; a field error nulls the field (§6.4.4).</summary>
    private ValueTask<object?> ExecuteFieldAsync(SelectedField selected, object? source, ResponsePath? parentPath)
    {
        var planned = selected.Field;
        if (parentPath is null && state.SourceEvent.IsPresent)
        {
            return ExecuteResolvedFieldAsync(selected, source, parentPath);
        }

        if (planned.MemberObjectType is { } objectType)
        {
            return ExecuteObjectMemberAsync(selected, objectType, source, parentPath);
        }

        if (!planned.ReadsLeafMember)
        {
            return ExecuteResolvedFieldAsync(selected, source, parentPath);
        }

        // A leaf read by the default resolver: no context, and the path is built only for an error.
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var resolved = DefaultResolvers.ReadMember(source, planned.ParentType, planned.Definition);
            return ValueTask.FromResult(NullPropagation.AbsorbAt(planned.IsNonNull, planned.Completer.CompleteLeaf(planned, resolved)));
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            state.AddError(exception, selected.Nodes, ResponsePath.Append(parentPath, planned.ResponseKey));
            return ValueTask.FromResult(planned.IsNonNull ? NullPropagation.Marker : null);
        }
        catch (OperationCanceledException cancellation)
        {
            // As from the async path: the request's cancellation travels in the task, not as a synchronous throw.
            return ValueTask.FromException<object?>(cancellation);
        }
    }

    /// <summary>An object-typed field read by the default resolver: straight to its sub-selection, no context.</summary>
    private ValueTask<object?> ExecuteObjectMemberAsync(SelectedField selected, ObjectType objectType, object? source, ResponsePath? parentPath)
    {
        var planned = selected.Field;
        var path = ResponsePath.Append(parentPath, planned.ResponseKey);
        ValueTask<object?> completion;
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var resolved = DefaultResolvers.ReadMember(source, planned.ParentType, planned.Definition);
            if (resolved is null)
            {
                return planned.IsNonNull ? throw NonNullCompleter.NullError(planned) : ValueTask.FromResult<object?>(null);
            }

            completion = ExecuteSelectionSetAsync(planned.GetChildPlan(objectType, state.Planner), resolved, path, serially: false);
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            state.AddError(exception, selected.Nodes, path);
            return ValueTask.FromResult(planned.IsNonNull ? NullPropagation.Marker : null);
        }
        catch (OperationCanceledException cancellation)
        {
            return ValueTask.FromException<object?>(cancellation);
        }

        return completion.IsCompletedSuccessfully
            ? ValueTask.FromResult(NullPropagation.AbsorbAt(planned.IsNonNull, completion.Result))
            : AwaitCompletionAsync(completion, selected, path);
    }

    private async ValueTask<object?> AwaitCompletionAsync(ValueTask<object?> completion, SelectedField selected, ResponsePath path)
    {
        try
        {
            return NullPropagation.AbsorbAt(selected.Field.IsNonNull, await completion.ConfigureAwait(true));
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            state.AddError(exception, selected.Nodes, path);
            return selected.Field.IsNonNull ? NullPropagation.Marker : null;
        }
    }

    private async ValueTask<object?> ExecuteResolvedFieldAsync(SelectedField selected, object? source, ResponsePath? parentPath)
    {
        var planned = selected.Field;
        var path = ResponsePath.Append(parentPath, planned.ResponseKey);
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            if (planned.IsIntrospectionDisabled)
            {
                // graphql-js NoSchemaIntrospectionCustomRule wording.
                throw new GraphQLException($"GraphQL introspection has been disabled, but the requested query contained the field \"{planned.Definition.Name}\".");
            }

            var arguments = planned.GetArguments(state.Variables);
            var context = new FieldContext(state, planned, selected.Nodes, source, arguments, path);
            var resolved = parentPath is null && state.SourceEvent.IsPresent
                ? state.SourceEvent.Value
                : await planned.Resolver(context).ConfigureAwait(true);
            var completed = await planned.Completer.CompleteAsync(this, context, path, resolved).ConfigureAwait(true);
            return NullPropagation.AbsorbAt(planned.IsNonNull, completed);
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            state.AddError(exception, selected.Nodes, path);
            return planned.IsNonNull ? NullPropagation.Marker : null;
        }
    }
}
