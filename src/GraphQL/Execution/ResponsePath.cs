namespace Serverless.GraphQL.Execution;

/// <summary>
/// An immutable response path (§7.1.2 "path"), shared by siblings; materialized only for errors and contexts. A node
/// is a response key or a list index; the index is kept unboxed because every list item of a response gets a node.
/// </summary>
internal sealed class ResponsePath
{
    private readonly string? _key;
    private readonly int _index;

    private ResponsePath(ResponsePath? parent, string? key, int index)
    {
        Parent = parent;
        _key = key;
        _index = index;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (<see cref="string"/>) or list index (<see cref="int"/>, boxed here on demand).</summary>
    public object Key => _key ?? (object)_index;

    public static ResponsePath Append(ResponsePath? parent, string key) => new(parent, key, 0);

    public static ResponsePath Append(ResponsePath? parent, int index) => new(parent, null, index);

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
