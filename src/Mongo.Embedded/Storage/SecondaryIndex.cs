using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// A hash index from key to the _ids of the documents holding it. Keys compare with MongoDB's value
/// equality, so 1, 1L and 1.0 are one key, as in a server index. Not thread-safe: its table's lock guards it.
/// </summary>
internal sealed class SecondaryIndex(IndexDescription description)
{
    private readonly Dictionary<BsonArray, HashSet<BsonValue>> _entries = new(BsonValueComparer.Instance);

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
        foreach (var key in keys)
        {
            if (!_entries.TryGetValue(key, out var ids))
            {
                ids = new HashSet<BsonValue>(BsonValueComparer.Instance);
                _entries.Add(key, ids);
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
            }
        }
    }

    public IEnumerable<BsonValue> Lookup(BsonArray key) =>
        _entries.TryGetValue(key, out var ids) ? ids : [];
}
