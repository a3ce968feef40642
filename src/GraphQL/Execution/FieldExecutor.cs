using System.Runtime.ExceptionServices;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// §6.3 ExecuteSelectionSet and §6.4 ExecuteField. Everything awaits on the current scheduler (no
/// ConfigureAwait(false), no Task.Run) so the batch dispatcher sees when every resolver is blocked on a load.
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
        string[] keys;
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

        var pending = new List<ValueTask<object?>>(fields.Length);
        foreach (var field in fields)
        {
#pragma warning disable CA2012 // Started now so siblings run concurrently; WhenAllAsync consumes each ValueTask exactly once.
            pending.Add(ExecuteFieldAsync(field, source, path));
#pragma warning restore CA2012
        }

        var values = await WhenAllAsync(pending).ConfigureAwait(true);
        for (var i = 0; i < values.Length; i++)
        {
            if (ReferenceEquals(values[i], NullPropagation.Marker))
            {
                state.DiscardErrorsAfter(path, keys, i);
                return NullPropagation.Marker;
            }

            map.Set(i, values[i]);
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

    /// <summary>Awaits every started completion, then rethrows the first failure (only cancellation or executor faults get here).</summary>
    public static async ValueTask<object?[]> WhenAllAsync(List<ValueTask<object?>> pending)
    {
        var results = new object?[pending.Count];
        ExceptionDispatchInfo? failure = null;
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                results[i] = await pending[i].ConfigureAwait(true);
            }
            catch (Exception exception)
            {
                // Keep awaiting the siblings so no resolver outlives the request; report the first failure after.
                failure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        failure?.Throw();
        return results;
    }

    /// <summary>§6.4 ExecuteField: coerce arguments, resolve, complete; a field error nulls the field (§6.4.4).</summary>
    private async ValueTask<object?> ExecuteFieldAsync(SelectedField selected, object? source, ResponsePath? parentPath)
    {
        var planned = selected.Field;
        var path = ResponsePath.Append(parentPath, planned.ResponseKey);
        var isNonNull = planned.Definition.Type is NonNullType;
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
            return NullPropagation.AbsorbAt(isNonNull, completed);
        }
        catch (Exception exception) when (!state.IsCancellation(exception))
        {
            state.AddError(exception, selected.Nodes, path);
            return isNonNull ? NullPropagation.Marker : null;
        }
    }
}
