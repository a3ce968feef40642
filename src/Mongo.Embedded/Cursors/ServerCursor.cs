using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Cursors;

/// <summary>An open cursor: the result set materialised when the query ran, and how far clients have read it.</summary>
internal sealed class ServerCursor(long id, string collectionNamespace, IReadOnlyList<BsonDocument> results, int position, long lastUsed)
{
    public long Id { get; } = id;

    public string Namespace { get; } = collectionNamespace;

    public IReadOnlyList<BsonDocument> Results { get; } = results;

    public int Position { get; set; } = position;

    /// <summary>Timestamp (TimeProvider ticks) of the last batch served, for the idle timeout.</summary>
    public long LastUsed { get; set; } = lastUsed;

    public bool Exhausted => Position >= Results.Count;
}
