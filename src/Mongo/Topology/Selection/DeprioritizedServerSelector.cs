namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Server Selection spec, "Server Selection Algorithm", step 3: finds suitable servers among those not
/// deprioritized (e.g. a mongos that just failed a retryable operation) and only falls back to all servers when
/// that finds none.
/// </summary>
public sealed class DeprioritizedServerSelector : IServerSelector
{
    private readonly IServerSelector _suitability;
    private readonly HashSet<ServerAddress> _deprioritized;

    public DeprioritizedServerSelector(IServerSelector suitability, IEnumerable<ServerAddress> deprioritized)
    {
        _suitability = suitability ?? throw new ArgumentNullException(nameof(suitability));
        ArgumentNullException.ThrowIfNull(deprioritized);
        _deprioritized = [.. deprioritized];
    }

    public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        if (_deprioritized.Count > 0)
        {
            var preferred = _suitability.SelectServers(topology, [.. servers.Where(server => !_deprioritized.Contains(server.Address))]);
            if (preferred.Count > 0)
            {
                return preferred;
            }
        }

        return _suitability.SelectServers(topology, servers);
    }

    public override string ToString() =>
        $"{_suitability} deprioritizing [{string.Join(", ", _deprioritized.Select(address => address.ToString()))}]";
}
