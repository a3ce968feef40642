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

        var pending = new List<ValueTask<object?>>(items is ICollection collection ? collection.Count : 4);
        var index = 0;
        foreach (var value in items)
        {
#pragma warning disable CA2012 // Started now so siblings run concurrently; WhenAllAsync consumes each ValueTask exactly once.
            pending.Add(executor.CompleteCaughtAsync(item, itemIsNonNull, field, ResponsePath.Append(path, index++), value));
#pragma warning restore CA2012
        }

        var completed = await FieldExecutor.WhenAllAsync(pending).ConfigureAwait(true);
        for (var i = 0; i < completed.Length; i++)
        {
            if (ReferenceEquals(completed[i], NullPropagation.Marker))
            {
                executor.DiscardItemErrorsAfter(path, i);
                return NullPropagation.Marker;
            }
        }

        return completed;
    }
}
