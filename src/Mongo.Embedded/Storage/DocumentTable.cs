using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// One collection's documents in insertion order, keyed by _id (the always-present unique _id index), plus
/// its secondary indexes. Not thread-safe: <see cref="StoredCollection"/> serialises access.
/// </summary>
internal sealed class DocumentTable(string collectionNamespace)
{
    private readonly OrderedDictionary<BsonValue, BsonDocument> _byId = new(BsonValueComparer.Instance);
    private readonly List<SecondaryIndex> _indexes = [];

    public int Count => _byId.Count;

    public IReadOnlyList<BsonDocument> Snapshot() => [.. _byId.Values];

    public IReadOnlyList<IndexDescription> Indexes => [IndexDescription.IdIndex, .. _indexes.Select(i => i.Description)];

    public BsonDocument? FindById(BsonValue id) => _byId.TryGetValue(id, out var document) ? document : null;

    /// <exception cref="DuplicateKeyException">The _id or a unique key is taken.</exception>
    public void Insert(BsonDocument document)
    {
        var id = document["_id"];
        if (_byId.ContainsKey(id))
        {
            throw new DuplicateKeyException(collectionNamespace, IndexDescription.IdIndexName, IndexDescription.IdIndex.Key, [new("_id", id)]);
        }

        var keys = CheckUnique(document, id);
        _byId.Add(id, document);
        for (var i = 0; i < _indexes.Count; i++)
        {
            _indexes[i].Add(keys[i], id);
        }
    }

    /// <summary>Swaps a stored document for its new version; the _id must not change (callers enforce it).</summary>
    /// <exception cref="DuplicateKeyException">The new version takes a unique key another document holds.</exception>
    public void Replace(BsonDocument current, BsonDocument replacement)
    {
        var id = current["_id"];
        var keys = CheckUnique(replacement, id);
        for (var i = 0; i < _indexes.Count; i++)
        {
            _indexes[i].Remove(IndexKeys.Extract(_indexes[i].Description, current), id);
            _indexes[i].Add(keys[i], id);
        }

        _byId[id] = replacement;
    }

    public void Remove(BsonDocument document)
    {
        var id = document["_id"];
        foreach (var index in _indexes)
        {
            index.Remove(IndexKeys.Extract(index.Description, document), id);
        }

        _byId.Remove(id);
    }

    public void Clear()
    {
        _byId.Clear();
        var descriptions = _indexes.Select(i => i.Description).ToList();
        _indexes.Clear();
        _indexes.AddRange(descriptions.Select(d => new SecondaryIndex(d)));
    }

    /// <summary>Adds an index, built over the current documents; a unique index fails on existing duplicates.</summary>
    /// <returns>False when an identical index already exists (createIndexes then reports no change).</returns>
    public bool CreateIndex(IndexDescription description)
    {
        foreach (var existing in Indexes)
        {
            if (existing.Key.Equals(description.Key) && string.Equals(existing.Name, description.Name, StringComparison.Ordinal) && existing.Unique == description.Unique)
            {
                return false;
            }

            if (string.Equals(existing.Name, description.Name, StringComparison.Ordinal))
            {
                throw ServerErrors.IndexKeySpecsConflict($"An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: {description.ToDocument()}, existing index: {existing.ToDocument()}");
            }

            if (existing.Key.Equals(description.Key))
            {
                throw ServerErrors.IndexOptionsConflict($"An equivalent index already exists with a different name and options. Requested index: {description.ToDocument()}, existing index: {existing.ToDocument()}");
            }
        }

        var index = new SecondaryIndex(description);
        foreach (var document in _byId.Values)
        {
            var id = document["_id"];
            var keys = IndexKeys.Extract(description, document);
            if (description.Unique && index.FindConflict(keys, id) is { } clash)
            {
                throw new DuplicateKeyException(collectionNamespace, description.Name, description.Key, IndexKeys.Describe(description, clash));
            }

            index.Add(keys, id);
        }

        _indexes.Add(index);
        return true;
    }

    public bool DropIndex(string name) => _indexes.RemoveAll(i => string.Equals(i.Description.Name, name, StringComparison.Ordinal)) > 0;

    public void DropAllIndexes() => _indexes.Clear();

    /// <summary>
    /// Documents whose keys in a probe's index equal one of its keys or fall in its range, each once however
    /// many probes find it (an indexed $or unions several), or null when a probe names no index or asks the
    /// _id index for a range (its primary map keeps no key order). The _id index answers equality from the
    /// primary map. The documents come in storage (insertion) order, the order a collection scan gives, so
    /// whether a query uses an index never changes the order of an unsorted result (MongoDB leaves that order
    /// unspecified; batched $facet queries rely on it being stable).
    /// </summary>
    public IReadOnlyList<BsonDocument>? Lookup(IEnumerable<IndexProbe> probes)
    {
        var ids = new HashSet<BsonValue>(BsonValueComparer.Instance);
        foreach (var probe in probes)
        {
            if (string.Equals(probe.IndexName, IndexDescription.IdIndexName, StringComparison.Ordinal))
            {
                if (probe.FirstFieldRange is not null)
                {
                    return null;
                }

                ids.UnionWith(probe.Keys.Select(k => k[0]));
                continue;
            }

            var index = _indexes.Find(i => string.Equals(i.Description.Name, probe.IndexName, StringComparison.Ordinal));
            if (index is null)
            {
                return null;
            }

            foreach (var key in probe.Keys)
            {
                ids.UnionWith(index.Lookup(key));
            }

            if (probe.FirstFieldRange is { } range)
            {
                ids.UnionWith(index.LookupRange(range));
            }
        }

        var positions = ids.Select(_byId.IndexOf).Where(position => position >= 0).ToList();
        positions.Sort();
        return [.. positions.Select(position => _byId.GetAt(position).Value)];
    }

    /// <summary>
    /// Up to <paramref name="most"/> of the documents whose first key field in index <paramref name="indexName"/>
    /// lies in <paramref name="range"/>, ordered by that field (descending when asked), each with its key; documents
    /// under equal keys come in storage order, as a stable sort of a collection scan leaves them. Null when there is
    /// no such secondary index or it is multikey (a document under several keys has no single place in key order).
    /// </summary>
    public IndexWalk? InFirstFieldOrder(string indexName, KeyRange range, bool descending, int most)
    {
        var index = _indexes.Find(i => string.Equals(i.Description.Name, indexName, StringComparison.Ordinal));
        if (index is null || index.IsFirstFieldMultikey)
        {
            return null;
        }

        var ordered = new List<IndexedDocument>();
        var positions = new List<int>();
        foreach (var (key, ids) in index.GroupsInRange(range, descending))
        {
            // Whole groups only: a group cut short would lose the storage order of its ties.
            if (ordered.Count >= most)
            {
                return new IndexWalk(ordered, Complete: false);
            }

            positions.Clear();
            positions.AddRange(ids.Select(_byId.IndexOf).Where(position => position >= 0));
            positions.Sort();
            for (var i = 0; i < positions.Count; i++)
            {
                // A compound index whose later field is multikey holds a document once per element.
                if (i == 0 || positions[i] != positions[i - 1])
                {
                    ordered.Add(new IndexedDocument(key, _byId.GetAt(positions[i]).Value));
                }
            }
        }

        return new IndexWalk(ordered, Complete: true);
    }

    private List<IReadOnlyCollection<BsonArray>> CheckUnique(BsonDocument document, BsonValue id)
    {
        var all = new List<IReadOnlyCollection<BsonArray>>(_indexes.Count);
        foreach (var index in _indexes)
        {
            var keys = IndexKeys.Extract(index.Description, document);
            if (index.Description.Unique && index.FindConflict(keys, id) is { } clash)
            {
                throw new DuplicateKeyException(collectionNamespace, index.Description.Name, index.Description.Key, IndexKeys.Describe(index.Description, clash));
            }

            all.Add(keys);
        }

        return all;
    }
}
