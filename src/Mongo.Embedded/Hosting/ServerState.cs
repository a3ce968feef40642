using System.Globalization;
using Serverless.Mongo.Embedded.Cursors;
using Serverless.Mongo.Embedded.Operations;
using Serverless.Mongo.Embedded.Sessions;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>Everything connections share: the catalog, open cursors, logical sessions, the clock, the users and id counters.</summary>
internal sealed class ServerState(TimeProvider time, IScramCredentialStore credentials, bool requiresAuthentication)
{
    private int _requestId;
    private int _connectionId;

    public Catalog Catalog { get; } = new();

    /// <summary>The commands running now (currentOp, killOp).</summary>
    public OperationRegistry Operations { get; } = new(time);

    /// <summary>Connected clients (serverStatus "connections").</summary>
    public ConnectionCounters Connections { get; } = new();

    /// <summary>TimeProvider timestamp of the server's start (serverStatus "uptime").</summary>
    public long StartTimestamp { get; } = time.GetTimestamp();

    /// <summary>The port the server listens on, set once it is bound (serverStatus "host").</summary>
    public int Port { get; set; }

    /// <summary><c>hostname:port</c>, as serverStatus and currentOp report the instance.</summary>
    public string Host => string.Create(CultureInfo.InvariantCulture, $"{System.Net.Dns.GetHostName()}:{Port}");

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
