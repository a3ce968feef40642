namespace Serverless.Mongo.Topology.Selection;

/// <summary>Applies selectors in order, each to the previous one's output; stops early once nothing is left.</summary>
public sealed class CompositeServerSelector : IServerSelector
{
    private readonly IServerSelector[] _selectors;

    public CompositeServerSelector(params IServerSelector[] selectors)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        if (selectors.Length == 0 || Array.Exists(selectors, selector => selector is null))
        {
            throw new ArgumentException("A composite selector needs at least one selector and no nulls.", nameof(selectors));
        }

        _selectors = [.. selectors];
    }

    public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(servers);
        var current = servers;
        foreach (var selector in _selectors)
        {
            if (current.Count == 0)
            {
                break;
            }

            current = selector.SelectServers(topology, current);
        }

        return current;
    }

    public override string ToString() => string.Join(" -> ", _selectors.Select(selector => selector.ToString()));
}
