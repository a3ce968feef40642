using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// A completed object value (§6.3 "resultMap"): response keys in selection-set order. Filled by index so sibling
/// fields resolved concurrently write without locks; read-only once its selection set has completed. The keys are
/// the plan's (shared by every object of the selection); only the values are per object.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly ResponseKeys _keys;
    private readonly object?[] _values;

    public ResultMap(ResponseKeys keys)
    {
        _keys = keys;
        _values = new object?[keys.Count];
    }

    public int Count => _keys.Count;

    public IEnumerable<string> Keys => _keys.Names;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The result has no key \"{key}\".");

    public void Set(int index, object? value) => _values[index] = value;

    /// <summary>The values by index, for the executor to fill (each index written by one field only).</summary>
    public object?[] Slots => _values;

    /// <summary>The value at <paramref name="index"/> (response key order).</summary>
    public object? ValueAt(int index) => _values[index];

    /// <summary>The JSON property name of the key at <paramref name="index"/>, encoded once per plan.</summary>
    public JsonEncodedText EncodedKeyAt(int index) => _keys.Encoded[index];

    public bool ContainsKey(string key) => Array.IndexOf(_keys.Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys.Names, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new(_keys.Names[i], _values[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
