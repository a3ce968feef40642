namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Server Selection spec, "Filtering suitable servers based on the latency window": keeps the servers whose average
/// RTT is at most the shortest one plus localThresholdMS, so the fastest suitable server is always kept.
/// </summary>
public sealed class LatencyWindowServerSelector : IServerSelector
{
    /// <summary>The spec's default localThresholdMS.</summary>
    public static readonly TimeSpan DefaultLocalThreshold = TimeSpan.FromMilliseconds(15);

    public LatencyWindowServerSelector(TimeSpan localThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(localThreshold, TimeSpan.Zero);
        LocalThreshold = localThreshold;
    }

    public TimeSpan LocalThreshold { get; }

    public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        if (servers.Count <= 1)
        {
            return servers;
        }

        var upperBound = servers.Min(RoundTripTimeOf) + LocalThreshold;
        return [.. servers.Where(server => RoundTripTimeOf(server) <= upperBound)];
    }

    public override string ToString() => $"LatencyWindow({LocalThreshold.TotalMilliseconds}ms)";

    // A load balancer is never monitored (Load Balancer spec, "Monitoring"), so it has no RTT; counting a missing
    // RTT as zero keeps such a server selectable instead of pushing it out of every window.
    private static TimeSpan RoundTripTimeOf(ServerDescription server) => server.AverageRoundTripTime ?? TimeSpan.Zero;
}
