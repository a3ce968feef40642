using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Thread-safe operationCount per server. Server Selection spec, "operationCount": incremented once a server is
/// selected for an operation and decremented once the operation completes, whatever its outcome. Changing a count
/// does not wake selections waiting for a topology change.
/// </summary>
public sealed class ServerOperationCounter : IServerOperationCounts
{
    private readonly ConcurrentDictionary<ServerAddress, StrongBox<int>> _counts = new();

    public int GetOperationCount(ServerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _counts.TryGetValue(address, out var box) ? Volatile.Read(ref box.Value) : 0;
    }

    public void Increment(ServerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Interlocked.Increment(ref _counts.GetOrAdd(address, static _ => new StrongBox<int>()).Value);
    }

    /// <exception cref="InvalidOperationException">The server has no operation in flight: a decrement without its increment.</exception>
    public void Decrement(ServerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!_counts.TryGetValue(address, out var box))
        {
            throw new InvalidOperationException($"Server {address} has no operation in flight to complete.");
        }

        while (true)
        {
            var current = Volatile.Read(ref box.Value);
            if (current == 0)
            {
                throw new InvalidOperationException($"Server {address} has no operation in flight to complete.");
            }

            if (Interlocked.CompareExchange(ref box.Value, current - 1, current) == current)
            {
                return;
            }
        }
    }
}
