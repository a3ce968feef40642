using System.Collections;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// §6.4.3 CompleteValue for lists: every item completes concurrently (so loads of one level batch together); an
/// item's error is reported at the item's index and, for a non-null item type, nulls the whole list (§6.4.4).
/// </summary>
internal sealed class ListCompleter(ValueCompleter item, bool itemIsNonNull) : ValueCompleter
{
    public override async ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result)
    {
        if (result is null)
        {
            return null;
        }

        if (result is string or IDictionary or IReadOnlyDictionary<string, object?> || result is not IEnumerable items)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Field.Name}\".");
        }

        var completed = items is ICollection collection ? new object?[collection.Count] : [];
        ValueTask<object?>[]? running = null;
        var firstNull = -1;
        var index = 0;
        foreach (var value in items)
        {
            if (index == completed.Length)
            {
                // Not a collection: the count is learned while iterating.
                Array.Resize(ref completed, Math.Max(4, completed.Length * 2));
            }

#pragma warning disable CA2012 // Consumed exactly once: read now when complete, else awaited by AwaitRunningAsync.
            var completion = executor.CompleteCaughtAsync(item, itemIsNonNull, field, ResponsePath.Append(path, index), value);
#pragma warning restore CA2012
            if (completion.IsCompletedSuccessfully)
            {
                var itemValue = completion.Result;
                if (ReferenceEquals(itemValue, NullPropagation.Marker) && firstNull < 0)
                {
                    firstNull = index;
                }

                completed[index] = itemValue;
            }
            else
            {
                if (running is null || running.Length < completed.Length)
                {
                    Array.Resize(ref running, completed.Length);
                }

                running[index] = completion;
            }

            index++;
        }

        if (index != completed.Length)
        {
            Array.Resize(ref completed, index);
        }

        if (running is not null)
        {
            if (running.Length != index)
            {
                Array.Resize(ref running, index);
            }

            firstNull = FieldExecutor.FirstNull(firstNull, await FieldExecutor.AwaitRunningAsync(running, completed).ConfigureAwait(true));
        }

        if (firstNull >= 0)
        {
            executor.DiscardItemErrorsAfter(path, firstNull);
            return NullPropagation.Marker;
        }

        return completed;
    }
}
