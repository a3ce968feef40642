using System.Collections;
using System.Runtime.CompilerServices;

namespace Serverless.Bson;

/// <summary>
/// An immutable, ordered BSON document. Duplicate names are kept exactly as read (BSON allows them and a
/// faithful codec must round-trip them); name lookups return the first occurrence.
/// </summary>
[CollectionBuilder(typeof(BsonDocument), nameof(Create))]
public sealed class BsonDocument : BsonValue, IReadOnlyList<BsonElement>
{
    // Below this size a linear scan beats hashing; above it an index is built once, on first lookup.
    private const int IndexThreshold = 12;

    private readonly BsonElement[] _elements;
    private Dictionary<string, int>? _index;

    // Collection expressions fit both constructors; the span one copies once, so it wins.
    [OverloadResolutionPriority(1)]
    public BsonDocument(params ReadOnlySpan<BsonElement> elements)
        : this(elements.ToArray(), validated: false)
    {
    }

    public BsonDocument(IEnumerable<BsonElement> elements)
        : this(elements.ToArray(), validated: false)
    {
    }

    private BsonDocument(BsonElement[] elements, bool validated)
    {
        if (!validated)
        {
            foreach (var element in elements)
            {
                if (element.Name is null)
                {
                    throw new ArgumentException("A BSON element was default-initialised (no name).", nameof(elements));
                }
            }
        }

        _elements = elements;
    }

    public static BsonDocument Empty { get; } = new([], validated: true);

    public override BsonType Type => BsonType.Document;

    public int Count => _elements.Length;

    public BsonElement this[int index] => _elements[index];

    /// <summary>The value of the first element with this name.</summary>
    /// <exception cref="KeyNotFoundException">No element has this name.</exception>
    public BsonValue this[string name] =>
        TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The document has no element '{name}'.");

    public IEnumerable<string> Names => _elements.Select(e => e.Name);

    public IEnumerable<BsonValue> Values => _elements.Select(e => e.Value);

    public static BsonDocument Create(ReadOnlySpan<BsonElement> elements) =>
        elements.IsEmpty ? Empty : new BsonDocument(elements);

    /// <summary>Wraps an array the caller gives up; used by decoders that built it element by element.</summary>
    internal static BsonDocument FromOwnedArray(BsonElement[] elements) =>
        elements.Length == 0 ? Empty : new BsonDocument(elements, validated: true);

    public bool Contains(string name) => IndexOf(name) >= 0;

    public bool TryGetValue(string name, out BsonValue value)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            value = BsonNull.Value;
            return false;
        }

        value = _elements[index].Value;
        return true;
    }

    public BsonValue? GetValueOrDefault(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _elements[index].Value;
    }

    /// <summary>Position of the first element with this name, or -1.</summary>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_elements.Length < IndexThreshold)
        {
            for (var i = 0; i < _elements.Length; i++)
            {
                if (string.Equals(_elements[i].Name, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var index = _index ??= BuildIndex();
        return index.TryGetValue(name, out var position) ? position : -1;
    }

    /// <summary>A copy where the first element named <paramref name="name"/> has the new value (appended if absent).</summary>
    public BsonDocument With(string name, BsonValue value)
    {
        var element = new BsonElement(name, value);
        var index = IndexOf(name);
        BsonElement[] copy;
        if (index < 0)
        {
            copy = new BsonElement[_elements.Length + 1];
            _elements.CopyTo(copy, 0);
            copy[^1] = element;
        }
        else
        {
            copy = (BsonElement[])_elements.Clone();
            copy[index] = element;
        }

        return new BsonDocument(copy, validated: true);
    }

    /// <summary>A copy without any element named <paramref name="name"/>.</summary>
    public BsonDocument Without(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IndexOf(name) < 0
            ? this
            : new BsonDocument(_elements.Where(e => !string.Equals(e.Name, name, StringComparison.Ordinal)).ToArray(), validated: true);
    }

    public ReadOnlySpan<BsonElement> AsSpan() => _elements;

    public IEnumerator<BsonElement> GetEnumerator() => ((IEnumerable<BsonElement>)_elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not BsonDocument document || document._elements.Length != _elements.Length)
        {
            return false;
        }

        for (var i = 0; i < _elements.Length; i++)
        {
            var mine = _elements[i];
            var theirs = document._elements[i];
            if (!string.Equals(mine.Name, theirs.Name, StringComparison.Ordinal) || !mine.Value.Equals(theirs.Value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BsonType.Document);
        foreach (var element in _elements)
        {
            hash.Add(element.Name, StringComparer.Ordinal);
            hash.Add(element.Value);
        }

        return hash.ToHashCode();
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_elements.Length, StringComparer.Ordinal);
        for (var i = 0; i < _elements.Length; i++)
        {
            index.TryAdd(_elements[i].Name, i);
        }

        return index;
    }
}
