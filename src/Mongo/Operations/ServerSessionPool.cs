namespace Serverless.Mongo.Operations;

/// <summary>
/// Reuses server sessions, most recently used first (Driver Sessions spec, "Server Session Pool"), discarding those
/// within a minute of the server's logicalSessionTimeoutMinutes, which the server may already have expired.
/// </summary>
internal sealed class ServerSessionPool
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Stack<ServerSession> _idle = new();

    public ServerSessionPool(TimeProvider time) => _time = time;

    public ServerSession Rent(int logicalSessionTimeoutMinutes)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            while (_idle.TryPop(out var session))
            {
                if (!IsAboutToExpire(session, now, logicalSessionTimeoutMinutes))
                {
                    return session;
                }
            }
        }

        return new ServerSession(now);
    }

    public void Return(ServerSession session)
    {
        session.LastUsed = _time.GetUtcNow();
        lock (_gate)
        {
            _idle.Push(session);
        }
    }

    private static bool IsAboutToExpire(ServerSession session, DateTimeOffset now, int timeoutMinutes) =>
        now - session.LastUsed >= TimeSpan.FromMinutes(timeoutMinutes - 1);
}
