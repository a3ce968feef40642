using System.Diagnostics.CodeAnalysis;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// A completed object value (§6.3 "resultMap"): response keys in selection-set order. Filled by index so sibling
/// fields resolved concurrently write without locks; read-only once its selection set has completed.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ResultMap(string[] keys)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The result has no key \"{key}\".");

    public void Set(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new(_keys[i], _values[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
