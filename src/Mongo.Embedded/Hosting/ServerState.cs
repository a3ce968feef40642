using Serverless.Mongo.Embedded.Cursors;
using Serverless.Mongo.Embedded.Sessions;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>Everything connections share: the catalog, open cursors, logical sessions, the clock, the users and id counters.</summary>
internal sealed class ServerState(TimeProvider time, IScramCredentialStore credentials, bool requiresAuthentication)
{
    private int _requestId;
    private int _connectionId;

    public Catalog Catalog { get; } = new();

    public CursorManager Cursors { get; } = new();

    public TimeProvider Time { get; } = time;

    /// <summary>The logical sessions commands' lsids named (for $listLocalSessions, endSessions, refreshSessions).</summary>
    public LogicalSessionRegistry Sessions { get; } = new(time);

    /// <summary>The configured users' SCRAM credentials (empty when none are configured).</summary>
    public IScramCredentialStore Credentials { get; } = credentials;

    /// <summary>True when users are configured: commands then need an authenticated connection.</summary>
    public bool RequiresAuthentication { get; } = requiresAuthentication;

    public int NextRequestId() => Interlocked.Increment(ref _requestId);

    public int NextConnectionId() => Interlocked.Increment(ref _connectionId);
}
