using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Monitoring;

namespace Serverless.Mongo.Cluster;

/// <summary>One server of the topology as the client uses it: its connection pool and, unless load-balanced, its monitor.</summary>
internal sealed class ClusterServer : IAsyncDisposable
{
    public ClusterServer(ServerAddress address, ConnectionPool pool, ServerMonitor? monitor)
    {
        Address = address;
        Pool = pool;
        Monitor = monitor;
    }

    public ServerAddress Address { get; }

    public ConnectionPool Pool { get; }

    /// <summary>Null in load-balanced mode (Load Balancer spec, "Monitoring": no monitoring of the load balancer).</summary>
    public ServerMonitor? Monitor { get; }

    public async ValueTask DisposeAsync()
    {
        if (Monitor is not null)
        {
            await Monitor.DisposeAsync().ConfigureAwait(false);
        }

        await Pool.DisposeAsync().ConfigureAwait(false);
    }
}
