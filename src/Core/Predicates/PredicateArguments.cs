namespace Serverless.Core.Predicates;

/// <summary>The parameters of one predicate call: named values, or positional values for the default parameter.</summary>
internal sealed class PredicateArguments
{
    private readonly Dictionary<string, List<string>> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public IReadOnlyDictionary<string, List<string>> Named => _named;

    public void AddNamed(string name, List<string> values)
    {
        if (Positional.Count > 0 || !_named.TryAdd(name, values))
        {
            throw new PredicateSyntaxException($"parameter '{name}' is repeated or mixed with positional values");
        }
    }

    public void AddPositional(List<string> values)
    {
        if (_named.Count > 0)
        {
            throw new PredicateSyntaxException("positional values cannot follow named parameters");
        }

        Positional.AddRange(values);
    }

    /// <summary>The values of <paramref name="name"/>, taking positional values when it is the default parameter.</summary>
    public List<string>? Get(string name, bool isDefault) =>
        _named.TryGetValue(name, out var values) ? values : isDefault && Positional.Count > 0 ? Positional : null;
}
