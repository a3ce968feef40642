namespace Serverless.GraphQL.Tests.Batching;

/// <summary>
/// A small stand-in for the spec §6 executor, shaped the way the real one will drive the dispatcher: sibling
/// fields start concurrently on the request scheduler (§6.3 normal execution), list items are completed
/// concurrently (§6.4.3), and nothing here knows about batching — the resolvers just await their loaders.
/// </summary>
internal static class MiniExecutor
{
    public static async Task<IReadOnlyDictionary<string, object?>> ExecuteSelectionSetAsync(
        object parent, IReadOnlyList<SimulatedField> selections, CancellationToken cancellationToken)
    {
        var fields = selections
            .Select(field => Task.Factory.StartNew(
                () => ExecuteFieldAsync(parent, field, cancellationToken),
                cancellationToken,
                TaskCreationOptions.DenyChildAttach,
                TaskScheduler.Current).Unwrap())
            .ToArray();
        var values = await Task.WhenAll(fields);
        return selections.Select((field, i) => (field.Name, Value: values[i])).ToDictionary(pair => pair.Name, pair => pair.Value);
    }

    private static async Task<object?> ExecuteFieldAsync(object parent, SimulatedField field, CancellationToken cancellationToken)
    {
        var value = await field.Resolve(parent, cancellationToken);
        if (value is null || field.Selections.Count == 0)
        {
            return value;
        }

        if (value is IEnumerable<object> items)
        {
            var completed = items.Select(item => ExecuteSelectionSetAsync(item, field.Selections, cancellationToken)).ToArray();
            return await Task.WhenAll(completed);
        }

        return await ExecuteSelectionSetAsync(value, field.Selections, cancellationToken);
    }
}
