using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Databases and their collections. A database exists while it has a collection, as on a real server (it
/// disappears from listDatabases when its last collection is dropped). One lock guards the name maps; each
/// collection guards its own documents.
/// </summary>
internal sealed class Catalog
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, Dictionary<string, StoredCollection>> _databases = new(StringComparer.Ordinal);

    public StoredCollection? Find(string database, string collection)
    {
        lock (_lock)
        {
            return _databases.TryGetValue(database, out var collections) && collections.TryGetValue(collection, out var found) ? found : null;
        }
    }

    /// <summary>The collection, created implicitly (no options) when missing, as inserts and createIndexes do.</summary>
    public StoredCollection GetOrCreate(string database, string collection) =>
        TryCreate(database, collection, BsonDocument.Empty, out var existing) ?? existing!;

    /// <summary>Creates a collection; returns null and the existing one when the name is taken.</summary>
    public StoredCollection? TryCreate(string database, string collection, BsonDocument options, out StoredCollection? existing)
    {
        lock (_lock)
        {
            if (!_databases.TryGetValue(database, out var collections))
            {
                collections = new Dictionary<string, StoredCollection>(StringComparer.Ordinal);
                _databases.Add(database, collections);
            }

            if (collections.TryGetValue(collection, out existing))
            {
                return null;
            }

            var created = new StoredCollection(database, collection, options);
            collections.Add(collection, created);
            return created;
        }
    }

    public bool Drop(string database, string collection)
    {
        lock (_lock)
        {
            if (!_databases.TryGetValue(database, out var collections) || !collections.Remove(collection))
            {
                return false;
            }

            if (collections.Count == 0)
            {
                _databases.Remove(database);
            }

            return true;
        }
    }

    public bool DropDatabase(string database)
    {
        lock (_lock)
        {
            return _databases.Remove(database);
        }
    }

    public IReadOnlyList<string> DatabaseNames()
    {
        lock (_lock)
        {
            return [.. _databases.Keys];
        }
    }

    /// <summary>The database's collections, ordered by name.</summary>
    public IReadOnlyList<StoredCollection> Collections(string database)
    {
        lock (_lock)
        {
            return _databases.TryGetValue(database, out var collections)
                ? [.. collections.Values.OrderBy(c => c.Name, StringComparer.Ordinal)]
                : [];
        }
    }
}
