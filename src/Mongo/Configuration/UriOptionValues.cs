namespace Serverless.Mongo;

/// <summary>
/// The typed values of a connection string's options, keyed by canonical option name. Parsing follows the
/// URI Options and Connection String specs: unknown keys and invalid values produce warnings and are ignored
/// (except where the spec says error), and a repeated key warns and the last value wins, except for list
/// options, which accumulate.
/// </summary>
internal sealed class UriOptionValues
{
    private readonly Dictionary<string, object> _values = new(StringComparer.OrdinalIgnoreCase);

    public static UriOptionValues Parse(IEnumerable<KeyValuePair<string, string>> pairs, List<string> warnings)
    {
        var values = new UriOptionValues();
        foreach (var (key, text) in pairs)
        {
            values.Apply(key, text, warnings);
        }

        return values;
    }

    /// <summary>A copy where every option set in <paramref name="higher"/> replaces this one's value.</summary>
    public UriOptionValues OverriddenBy(UriOptionValues higher)
    {
        var merged = new UriOptionValues();
        foreach (var (name, value) in _values.Concat(higher._values))
        {
            merged._values[name] = value;
        }

        return merged;
    }

    public IEnumerable<string> Names => _values.Keys;

    public bool Contains(string name) => _values.ContainsKey(name);

    public T? Value<T>(string name)
        where T : struct =>
        _values.TryGetValue(name, out var value) ? (T)value : null;

    public T? Reference<T>(string name)
        where T : class =>
        _values.TryGetValue(name, out var value) ? (T)value : null;

    private void Apply(string key, string text, List<string> warnings)
    {
        if (!UriOptionCatalog.TryGet(key, out var option))
        {
            warnings.Add($"Ignoring unknown option '{key}'.");
            return;
        }

        var value = option.Convert(text, warnings, out var problem);
        if (value is null)
        {
            var message = $"Option '{option.Name}' has the invalid value '{text}': {problem}.";
            if (option.InvalidIsError)
            {
                throw new MongoConfigurationException(message);
            }

            warnings.Add(message + " The option is ignored.");
            return;
        }

        if (_values.TryGetValue(option.Name, out var earlier))
        {
            if (option.RepeatIsError)
            {
                throw new MongoConfigurationException($"Option '{option.Name}' appears more than once.");
            }

            if (!option.RepeatIsExpected)
            {
                warnings.Add($"Option '{option.Name}' appears more than once; the last value is used.");
            }

            _values[option.Name] = option.Combine(earlier, value);
            return;
        }

        _values[option.Name] = value;
    }
}
