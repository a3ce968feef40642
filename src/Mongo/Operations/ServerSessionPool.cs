namespace Serverless.Mongo.Operations;

/// <summary>
/// Reuses server sessions, most recently used first (Driver Sessions spec, "Server Session Pool"), discarding
/// those within a minute of the server's logicalSessionTimeoutMinutes, which the server may already have expired,
/// and those that saw a network error.
/// </summary>
internal sealed class ServerSessionPool
{
    // Until a server reported its timeout (the Sessions spec's servers default to 30 minutes).
    private const int DefaultTimeoutMinutes = 30;

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    // Most recently returned last: LIFO takes from the end, expiry prunes from the front (the oldest).
    private readonly LinkedList<ServerSession> _idle = new();
    private int _timeoutMinutes = DefaultTimeoutMinutes;

    public ServerSessionPool(TimeProvider time) => _time = time;

    /// <summary>The sessions waiting in the pool.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _idle.Count;
            }
        }
    }

    /// <param name="logicalSessionTimeoutMinutes">The selected server's logicalSessionTimeoutMinutes.</param>
    public ServerSession Rent(int logicalSessionTimeoutMinutes)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            _timeoutMinutes = logicalSessionTimeoutMinutes;
            while (_idle.Last is { } last)
            {
                _idle.RemoveLast();
                if (!IsAboutToExpire(last.Value, now, logicalSessionTimeoutMinutes))
                {
                    return last.Value;
                }
            }
        }

        return new ServerSession(now);
    }

    /// <summary>
    /// Driver Sessions spec, "Algorithm to return a ServerSession instance to the server session pool": first
    /// prune the expired sessions at the stale end, then keep this one unless it is dirty or about to expire.
    /// </summary>
    public void Return(ServerSession session)
    {
        var now = _time.GetUtcNow();
        session.LastUsed = now;
        lock (_gate)
        {
            while (_idle.First is { } oldest && IsAboutToExpire(oldest.Value, now, _timeoutMinutes))
            {
                _idle.RemoveFirst();
            }

            if (!session.IsDirty)
            {
                _idle.AddLast(session);
            }
        }
    }

    /// <summary>Empties the pool, for endSessions when the client closes.</summary>
    public IReadOnlyList<ServerSession> TakeAll()
    {
        lock (_gate)
        {
            var all = _idle.ToList();
            _idle.Clear();
            return all;
        }
    }

    private static bool IsAboutToExpire(ServerSession session, DateTimeOffset now, int timeoutMinutes) =>
        now - session.LastUsed >= TimeSpan.FromMinutes(timeoutMinutes - 1);
}
