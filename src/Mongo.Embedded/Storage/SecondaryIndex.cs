using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// A hash index from key to the _ids of the documents holding it. Keys compare with MongoDB's value
/// equality, so 1, 1L and 1.0 are one key, as in a server index. Range lookups walk a copy of the entries sorted
/// by the first key field in MongoDB's order, rebuilt on the first range lookup after a key appears or goes
/// (a new id under an existing key needs no rebuild: the sorted copy shares the id sets). Not thread-safe:
/// its table's lock guards it.
/// </summary>
internal sealed class SecondaryIndex(IndexDescription description)
{
    private readonly Dictionary<BsonArray, HashSet<BsonValue>> _entries = new(BsonValueComparer.Instance);
    private KeyValuePair<BsonArray, HashSet<BsonValue>>[]? _byFirstField;

    // Set once any document holds two distinct first-field keys (an array), as the server's multikey flag,
    // which also stays set until the index is rebuilt.
    private bool _firstFieldMultikey;

    public IndexDescription Description { get; } = description;

    /// <summary>The first key of <paramref name="keys"/> held by a document other than <paramref name="ownId"/>.</summary>
    public BsonArray? FindConflict(IReadOnlyCollection<BsonArray> keys, BsonValue ownId)
    {
        foreach (var key in keys)
        {
            if (_entries.TryGetValue(key, out var ids) && ids.Any(id => !BsonValueComparer.Instance.Equals(id, ownId)))
            {
                return key;
            }
        }

        return null;
    }

    public void Add(IReadOnlyCollection<BsonArray> keys, BsonValue id)
    {
        _firstFieldMultikey |= keys.Select(k => k[0]).Distinct(BsonValueComparer.Instance).Skip(1).Any();
        foreach (var key in keys)
        {
            if (!_entries.TryGetValue(key, out var ids))
            {
                ids = new HashSet<BsonValue>(BsonValueComparer.Instance);
                _entries.Add(key, ids);
                _byFirstField = null;
            }

            ids.Add(id);
        }
    }

    public void Remove(IReadOnlyCollection<BsonArray> keys, BsonValue id)
    {
        foreach (var key in keys)
        {
            if (_entries.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
            {
                _entries.Remove(key);
                _byFirstField = null;
            }
        }
    }

    public IEnumerable<BsonValue> Lookup(BsonArray key) =>
        _entries.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>
    /// True once a document has held two distinct first-field keys (an array). Then one document sits under
    /// several keys and the key order is no longer the documents' sort order.
    /// </summary>
    public bool IsFirstFieldMultikey => _firstFieldMultikey;

    /// <summary>
    /// The ids under every key whose first field lies in <paramref name="range"/> (a superset of them once the
    /// field is multikey), possibly repeated.
    /// </summary>
    public IEnumerable<BsonValue> LookupRange(KeyRange range)
    {
        // Each bound may hold through a different array element ({a: [0, 9]} matches {$gt: 5, $lt: 1}), so a
        // multikey field is walked from the lower bound alone, as the server does without $elemMatch (manual
        // "Multikey Index Bounds", "Intersect Bounds for Multikey Index").
        if (_firstFieldMultikey && range is { Lower: not null, Upper: not null })
        {
            range = range with { Upper = null };
        }

        foreach (var entry in EntriesInRange(range, descending: false))
        {
            foreach (var id in entry.Value)
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// The first-field values in <paramref name="range"/>, ascending or descending, each with the ids under it,
    /// read lazily so that a walk can stop early. The entries of a compound index that share a first-field value
    /// are merged into one group.
    /// </summary>
    public IEnumerable<KeyValuePair<BsonValue, List<BsonValue>>> GroupsInRange(KeyRange range, bool descending)
    {
        KeyValuePair<BsonValue, List<BsonValue>>? group = null;
        foreach (var entry in EntriesInRange(range, descending))
        {
            if (group is { } current && BsonValueComparer.Instance.Compare(current.Key, entry.Key[0]) == 0)
            {
                current.Value.AddRange(entry.Value);
                continue;
            }

            if (group is { } finished)
            {
                yield return finished;
            }

            group = new(entry.Key[0], [.. entry.Value]);
        }

        if (group is { } last)
        {
            yield return last;
        }
    }

    // Binary search for the first entry whose first field satisfies a predicate that is monotone in key order.
    private static int FirstIndex(KeyValuePair<BsonArray, HashSet<BsonValue>>[] sorted, Func<BsonValue, bool> predicate)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (predicate(sorted[middle].Key[0]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    // The entries whose first field lies in the range, in key order or its reverse.
    private IEnumerable<KeyValuePair<BsonArray, HashSet<BsonValue>>> EntriesInRange(KeyRange range, bool descending)
    {
        var sorted = _byFirstField ??= SortByFirstField();
        var low = FirstIndex(sorted, range.IsAboveLower);
        var high = FirstIndex(sorted, range.IsBeyondUpper);
        for (var step = 0; step < high - low; step++)
        {
            yield return sorted[descending ? high - 1 - step : low + step];
        }
    }

    private KeyValuePair<BsonArray, HashSet<BsonValue>>[] SortByFirstField()
    {
        var sorted = _entries.ToArray();
        Array.Sort(sorted, static (x, y) => BsonValueComparer.Instance.Compare(x.Key[0], y.Key[0]));
        return sorted;
    }
}
