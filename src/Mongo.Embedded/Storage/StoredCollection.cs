using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// A collection: its options and a <see cref="DocumentTable"/> behind a lock. Readers take a snapshot under the
/// lock and filter outside it, so long scans never block writers; writers hold the lock for the whole
/// read-modify-write, which makes each update, delete and findAndModify atomic per document set.
/// </summary>
internal sealed class StoredCollection
{
    private readonly Lock _lock = new();
    private readonly DocumentTable _table;

    public StoredCollection(string database, string name, BsonDocument options)
    {
        Database = database;
        Name = name;
        Options = options;
        _table = new DocumentTable($"{database}.{name}");
    }

    public string Database { get; }

    public string Name { get; }

    public string Namespace => $"{Database}.{Name}";

    /// <summary>The options given to create (empty when created implicitly), as listCollections shows them.</summary>
    public BsonDocument Options { get; }

    public T Read<T>(Func<DocumentTable, T> read)
    {
        lock (_lock)
        {
            return read(_table);
        }
    }

    public T Write<T>(Func<DocumentTable, T> write)
    {
        lock (_lock)
        {
            return write(_table);
        }
    }

    public IReadOnlyList<BsonDocument> Snapshot() => Read(static table => table.Snapshot());
}
