using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// A server cursor: enumerating fetches further batches with getMore; disposing (or leaving an enumeration
/// early) sends killCursors when the server still holds the cursor. Enumerate it once.
/// </summary>
public interface IAsyncCursor : IAsyncEnumerable<BsonDocument>, IAsyncDisposable
{
    /// <summary>The server cursor id; 0 once the server exhausted it or it was killed.</summary>
    long Id { get; }

    /// <summary>"database.collection" the cursor reads.</summary>
    string CollectionNamespace { get; }
}
