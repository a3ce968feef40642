namespace Serverless.GraphQL.Validation.Overlap;

/// <summary>
/// Pairs already compared, remembering whether the comparison assumed mutually exclusive parents: a pair compared
/// under the weaker assumption (exclusive) must be compared again when they turn out not to be.
/// </summary>
internal sealed class ComparedPairs(bool ordered)
{
    private readonly Dictionary<object, Dictionary<object, bool>> _data = new(ReferenceEqualityComparer.Instance);

    public bool Contains(object a, object b, bool areMutuallyExclusive) =>
        ContainsOrdered(a, b, areMutuallyExclusive) || (!ordered && ContainsOrdered(b, a, areMutuallyExclusive));

    public void Add(object a, object b, bool areMutuallyExclusive)
    {
        if (!_data.TryGetValue(a, out var inner))
        {
            inner = new(ReferenceEqualityComparer.Instance);
            _data[a] = inner;
        }

        inner[b] = areMutuallyExclusive;
    }

    private bool ContainsOrdered(object a, object b, bool areMutuallyExclusive) =>
        _data.TryGetValue(a, out var inner) && inner.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
}
