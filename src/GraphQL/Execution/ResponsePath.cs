namespace Serverless.GraphQL.Execution;

/// <summary>An immutable response path (§7.1.2 "path"), shared by siblings; materialized only for errors and contexts.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    /// <summary>A response key (<see cref="string"/>) or list index (<see cref="int"/>).</summary>
    public object Key { get; } = key;

    public static ResponsePath Append(ResponsePath? parent, object key) => new(parent, key);

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Parent)
        {
            depth++;
        }

        var keys = new object[depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            keys[--depth] = node.Key;
        }

        return keys;
    }
}
