using Serverless.Bson;

namespace Serverless.Mongo.Operations;

/// <summary>
/// A server session (Driver Sessions spec, "ServerSession"): the lsid a retryable write sends and the transaction
/// number counter that lets the server recognise a retried write it already applied (Retryable Writes spec,
/// "Generating Transaction IDs").
/// </summary>
internal sealed class ServerSession
{
    private long _transactionNumber;

    public ServerSession(DateTimeOffset now)
    {
        Id = new BsonDocument([new("id", BsonBinary.FromGuid(Guid.NewGuid()))]);
        LastUsed = now;
    }

    /// <summary>The lsid document, <c>{ id: UUID }</c>.</summary>
    public BsonDocument Id { get; }

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>The next txnNumber; the same number is sent again on the retry of one write.</summary>
    public long NextTransactionNumber() => Interlocked.Increment(ref _transactionNumber);
}
