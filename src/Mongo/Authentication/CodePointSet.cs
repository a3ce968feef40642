namespace Serverless.Mongo;

/// <summary>
/// An immutable set of Unicode code points stored as sorted, disjoint, inclusive ranges, looked up by
/// binary search. The stringprep tables (RFC 3454 appendices A–D) are all range lists of this shape.
/// </summary>
internal sealed class CodePointSet
{
    private readonly int[] _bounds;

    /// <param name="bounds">Pairs of inclusive (first, last) code points, sorted and non-overlapping.</param>
    public CodePointSet(params int[] bounds)
    {
        if (bounds.Length % 2 != 0)
        {
            throw new ArgumentException("Code point ranges come in (first, last) pairs.", nameof(bounds));
        }

        for (var i = 0; i < bounds.Length; i += 2)
        {
            if (bounds[i] > bounds[i + 1] || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                throw new ArgumentException($"Code point range {i / 2} is reversed or overlaps its predecessor.", nameof(bounds));
            }
        }

        _bounds = bounds;
    }

    public bool Contains(int codePoint)
    {
        var low = 0;
        var high = (_bounds.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < _bounds[2 * middle])
            {
                high = middle - 1;
            }
            else if (codePoint > _bounds[(2 * middle) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
