namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Server Selection spec, "Multi-threaded or asynchronous server selection", steps 6-7 ("power of two random
/// choices"): picks two distinct servers of the latency window at random and keeps the one with fewer operations in
/// flight, which steers load away from a slow server without herding every request onto the idlest one.
/// </summary>
public sealed class OperationCountServerSelector : IServerSelector
{
    private readonly IServerOperationCounts _counts;
    private readonly Random _random;

    /// <param name="counts">Where the in-flight operation counts live.</param>
    /// <param name="random">The random source; <see cref="Random.Shared"/> (thread-safe) when null. A seeded instance is not thread-safe: tests only.</param>
    public OperationCountServerSelector(IServerOperationCounts counts, Random? random = null)
    {
        _counts = counts ?? throw new ArgumentNullException(nameof(counts));
        _random = random ?? Random.Shared;
    }

    /// <summary>One server of <paramref name="servers"/>, or the input itself when it holds at most one.</summary>
    public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        if (servers.Count <= 1)
        {
            return servers;
        }

        var first = _random.Next(servers.Count);
        var second = _random.Next(servers.Count - 1);
        if (second >= first)
        {
            second++;
        }

        // Both were drawn at random, so on a tie keeping the first is already an arbitrary choice (step 7).
        var chosen = _counts.GetOperationCount(servers[second].Address) < _counts.GetOperationCount(servers[first].Address)
            ? servers[second]
            : servers[first];
        return [chosen];
    }

    public override string ToString() => "OperationCount";
}
