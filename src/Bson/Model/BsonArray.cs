using System.Collections;
using System.Runtime.CompilerServices;

namespace Serverless.Bson;

/// <summary>An immutable BSON array. On the wire it is a document keyed "0", "1", …; here it is a list.</summary>
[CollectionBuilder(typeof(BsonArray), nameof(Create))]
public sealed class BsonArray : BsonValue, IReadOnlyList<BsonValue>
{
    private readonly BsonValue[] _items;

    // Collection expressions fit both constructors; the span one copies once, so it wins.
    [OverloadResolutionPriority(1)]
    public BsonArray(params ReadOnlySpan<BsonValue> items)
        : this(items.ToArray(), validate: true)
    {
    }

    public BsonArray(IEnumerable<BsonValue> items)
        : this(items.ToArray(), validate: true)
    {
    }

    private BsonArray(BsonValue[] items, bool validate)
    {
        if (validate)
        {
            foreach (var item in items)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(items));
            }
        }

        _items = items;
    }

    public static BsonArray Empty { get; } = new([], validate: false);

    public override BsonType Type => BsonType.Array;

    public int Count => _items.Length;

    public BsonValue this[int index] => _items[index];

    public static BsonArray Create(ReadOnlySpan<BsonValue> items) => items.IsEmpty ? Empty : new BsonArray(items);

    /// <summary>Wraps an array the caller gives up; used by decoders.</summary>
    internal static BsonArray FromOwnedArray(BsonValue[] items) => items.Length == 0 ? Empty : new BsonArray(items, validate: false);

    public ReadOnlySpan<BsonValue> AsSpan() => _items;

    public IEnumerator<BsonValue> GetEnumerator() => ((IEnumerable<BsonValue>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not BsonArray array || array._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!_items[i].Equals(array._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BsonType.Array);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
