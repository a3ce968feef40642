using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Serverless.Bson;

/// <summary>
/// A dotted field path such as <c>"imdb.rating"</c> or <c>"cast.0"</c>, parsed once.
/// </summary>
/// <remarks>
/// <para>
/// A parsed object rather than string helpers alone because both users apply one path to many documents:
/// Core maps the same GraphQL field on every result, and the query engine evaluates the same predicate on
/// every document of a collection. Splitting and classifying the segments once takes that work (and its
/// allocations) out of the per-document loop. The static <see cref="TryGet(BsonDocument, string, out BsonValue)"/>
/// and <see cref="Expand(BsonDocument, string)"/> are for one-off lookups.
/// </para>
/// <para>
/// Two lookups with different array rules:
/// <see cref="TryGet(BsonDocument, out BsonValue)"/> for projections and mappings (one value out), and
/// <see cref="Expand(BsonDocument, BsonPathLeafArrays)"/> for query predicates (every candidate value out).
/// </para>
/// </remarks>
public sealed class BsonPath
{
    private readonly string[] _names;

    // For each segment, the array index it denotes, or -1. Only canonical decimal numerals ("0", "17", not
    // "007" or "+1") index arrays: array keys on the wire are canonical, and the server matches a path
    // component against them as text, so a non-canonical numeral can never select an element.
    private readonly int[] _indexes;

    private BsonPath(string text, string[] names, int[] indexes)
    {
        Text = text;
        _names = names;
        _indexes = indexes;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The segments between the dots.</summary>
    public IReadOnlyList<string> Segments => _names;

    /// <exception cref="ArgumentException">The path is empty or has an empty segment ("a..b", ".a", "a.").</exception>
    public static BsonPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryParse(path, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{path}' is not a field path: segments between dots must not be empty.", nameof(path));
    }

    public static bool TryParse([NotNullWhen(true)] string? path, [NotNullWhen(true)] out BsonPath? result)
    {
        result = null;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var names = path.Split('.');
        var indexes = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                return false;
            }

            indexes[i] = ArrayIndexOf(names[i]);
        }

        result = new BsonPath(path, names, indexes);
        return true;
    }

    /// <summary>One-off form of <see cref="TryGet(BsonDocument, out BsonValue)"/>.</summary>
    /// <exception cref="ArgumentException">The path is malformed.</exception>
    public static bool TryGet(BsonDocument document, string path, out BsonValue value) => Parse(path).TryGet(document, out value);

    /// <summary>One-off form of <see cref="Expand(BsonDocument, BsonPathLeafArrays)"/>.</summary>
    /// <exception cref="ArgumentException">The path is malformed.</exception>
    public static BsonPathExpansion Expand(BsonDocument document, string path) => Parse(path).Expand(document);

    /// <summary>
    /// Strict lookup giving one value, for projections and field mappings.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>On a document, a segment names a field (the first one, if names repeat).</item>
    /// <item>On an array, a numeric segment is an index: <c>"cast.0"</c> is the first cast member.</item>
    /// <item>
    /// On an array, a non-numeric segment maps the rest of the path over the elements and collects what it
    /// finds into a new array, skipping elements where it finds nothing (scalars, or documents without the
    /// field): <c>{genres: [{name: "a"}, {}, 3]}</c> gives <c>["a"]</c> for <c>"genres.name"</c>. Elements that
    /// are arrays are mapped the same way and give nested arrays. This is the aggregation field-path rule
    /// (manual "Aggregation Pipeline &gt; Field Paths": <c>"$genres.name"</c> on an array of documents), which
    /// RESTHeart-style mappings through arrays follow. Mapping always succeeds, possibly with an empty array.
    /// </item>
    /// </list>
    /// </remarks>
    /// <returns>False when the path leads nowhere; <paramref name="value"/> is then <see cref="BsonNull.Value"/>.</returns>
    public bool TryGet(BsonDocument document, out BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (TryResolve(document, 0, out var found))
        {
            value = found;
            return true;
        }

        value = BsonNull.Value;
        return false;
    }

    /// <summary>
    /// Every value the path reaches under query semantics (manual "Query on Embedded/Nested Documents",
    /// "Query an Array of Embedded Documents"; the server's <c>BSONElementIterator</c>).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Documents along the path are entered by field name.</item>
    /// <item>
    /// An array before the last segment is traversed implicitly: each element that is a document continues
    /// the path with the same segment (<c>"items.qty"</c> reaches every item's qty). If the segment is
    /// numeric it may also be an index: the element at that position continues the path after it, so
    /// <c>"a.0.b"</c> reaches both <c>a[0].b</c> and the <c>b</c> of any element with a field named "0". A
    /// nested array is traversed only when selected by index; scalars end their branch silently.
    /// </item>
    /// <item>
    /// An array at the end of the path yields per <paramref name="leafArrays"/>: by default its elements, then
    /// the array itself, so <c>{tags: "x"}</c> and <c>{tags: ["x", "y"]}</c> both match. Nested arrays among
    /// those elements are yielded whole, not flattened.
    /// </item>
    /// </list>
    /// </remarks>
    public BsonPathExpansion Expand(BsonDocument document, BsonPathLeafArrays leafArrays = BsonPathLeafArrays.ElementsThenArray)
    {
        ArgumentNullException.ThrowIfNull(document);
        var expansion = new Expansion(this, leafArrays);
        expansion.FromDocument(document, 0);
        return new BsonPathExpansion(expansion.Values.ToArray(), expansion.HasMissingBranch);
    }

    public override string ToString() => Text;

    private static int ArrayIndexOf(string segment)
    {
        if (segment.Length > 1 && segment[0] == '0')
        {
            return -1;
        }

        foreach (var c in segment)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
        }

        return int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }

    private bool TryResolve(BsonValue current, int segment, [NotNullWhen(true)] out BsonValue? value)
    {
        for (; segment < _names.Length; segment++)
        {
            if (current is BsonDocument document)
            {
                if (!document.TryGetValue(_names[segment], out current))
                {
                    value = null;
                    return false;
                }
            }
            else if (current is BsonArray array)
            {
                var index = _indexes[segment];
                if (index < 0)
                {
                    value = MapOver(array, segment);
                    return true;
                }

                if (index >= array.Count)
                {
                    value = null;
                    return false;
                }

                current = array[index];
            }
            else
            {
                value = null;
                return false;
            }
        }

        value = current;
        return true;
    }

    private BsonArray MapOver(BsonArray array, int segment)
    {
        var results = new List<BsonValue>(array.Count);
        foreach (var element in array.AsSpan())
        {
            if (element is (BsonDocument or BsonArray) && TryResolve(element, segment, out var found))
            {
                results.Add(found);
            }
        }

        return new BsonArray(results);
    }

    /// <summary>One query-semantics traversal, collecting candidates in the order the server yields them.</summary>
    private sealed class Expansion(BsonPath path, BsonPathLeafArrays leafArrays)
    {
        public List<BsonValue> Values { get; } = [];

        public bool HasMissingBranch { get; private set; }

        private int Last => path._names.Length - 1;

        /// <summary>Follows the path from <paramref name="segment"/> through documents until it ends or meets an array.</summary>
        public void FromDocument(BsonDocument document, int segment)
        {
            while (true)
            {
                if (!document.TryGetValue(path._names[segment], out var child))
                {
                    HasMissingBranch = true;
                    return;
                }

                if (child is BsonArray array)
                {
                    FromArray(array, segment + 1);
                    return;
                }

                if (segment == Last)
                {
                    Values.Add(child);
                    return;
                }

                if (child is not BsonDocument next)
                {
                    // A scalar where the path goes on: the server's getFieldDottedOrArray gives EOO here.
                    HasMissingBranch = true;
                    return;
                }

                document = next;
                segment++;
            }
        }

        /// <summary>Handles an array reached by the segments before <paramref name="segment"/>.</summary>
        private void FromArray(BsonArray array, int segment)
        {
            if (segment > Last)
            {
                AddLeafArray(array);
                return;
            }

            var index = path._indexes[segment];
            var items = array.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is BsonDocument document)
                {
                    FromDocument(document, segment);
                }

                if (i == index)
                {
                    FromIndexedElement(item, segment + 1);
                }
            }
        }

        /// <summary>Continues after a numeric segment that selected <paramref name="item"/> by position.</summary>
        private void FromIndexedElement(BsonValue item, int segment)
        {
            if (segment > Last)
            {
                Values.Add(item);
            }
            else if (item is BsonDocument document)
            {
                FromDocument(document, segment);
            }
            else if (item is BsonArray nested)
            {
                // Only an index reaches into a nested array; the rest of the path (non-empty here, so the
                // nested array itself is never yielded) then applies to it as to any array along the way.
                FromArray(nested, segment);
            }
        }

        private void AddLeafArray(BsonArray array)
        {
            if (leafArrays != BsonPathLeafArrays.ArrayOnly)
            {
                Values.AddRange(array);
            }

            if (leafArrays != BsonPathLeafArrays.ElementsOnly)
            {
                Values.Add(array);
            }
        }
    }
}
