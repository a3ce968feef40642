using Serverless.Mongo.Embedded.Cursors;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>Everything connections share: the catalog, open cursors, the clock and id counters.</summary>
internal sealed class ServerState(TimeProvider time)
{
    private int _requestId;
    private int _connectionId;

    public Catalog Catalog { get; } = new();

    public CursorManager Cursors { get; } = new();

    public TimeProvider Time { get; } = time;

    public int NextRequestId() => Interlocked.Increment(ref _requestId);

    public int NextConnectionId() => Interlocked.Increment(ref _connectionId);
}
