using Serverless.Bson;

namespace Serverless.Mongo.Operations;

/// <summary>
/// A server session (Driver Sessions spec, "ServerSession"): the lsid every command of a session-supporting
/// deployment carries (spec, "Implicit sessions") and the transaction number counter that lets the server
/// recognise a retried write it already applied (Retryable Writes spec, "Generating Transaction IDs").
/// </summary>
internal sealed class ServerSession
{
    private long _transactionNumber;
    private int _dirty;

    public ServerSession(DateTimeOffset now)
    {
        Id = new BsonDocument([new("id", BsonBinary.FromGuid(Guid.NewGuid()))]);
        LastUsed = now;
    }

    /// <summary>The lsid document, <c>{ id: UUID }</c>.</summary>
    public BsonDocument Id { get; }

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>
    /// True once a command of this session failed with a network error: the server may not have seen the end
    /// of it, so the pool discards the session (Driver Sessions spec, "Server Session Pool").
    /// </summary>
    public bool IsDirty => Volatile.Read(ref _dirty) != 0;

    public void MarkDirty() => Interlocked.Exchange(ref _dirty, 1);

    /// <summary>The next txnNumber; the same number is sent again on the retry of one write.</summary>
    public long NextTransactionNumber() => Interlocked.Increment(ref _transactionNumber);
}
