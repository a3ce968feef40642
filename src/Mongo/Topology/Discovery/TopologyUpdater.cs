namespace Serverless.Mongo.Topology.Discovery;

/// <summary>
/// Applies one server check to the topology by the SDAM spec's transition table ("TopologyType table" and the
/// updateRSFromPrimary / updateRSWithoutPrimary / updateRSWithPrimaryFromMember / updateUnknownWithStandalone
/// actions). It remembers the highest (electionId, setVersion) any primary reported, to ignore stale primaries.
/// Not thread-safe: its owner serialises calls.
/// </summary>
internal sealed class TopologyUpdater
{
    private readonly int _seedCount;
    private int? _maxSetVersion;
    private Bson.ObjectId? _maxElectionId;

    public TopologyUpdater(int seedCount) => _seedCount = seedCount;

    /// <summary>SDAM spec, "Initial TopologyType": from directConnection, loadBalanced and replicaSet.</summary>
    public static TopologyType InitialType(ConnectionString settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.LoadBalanced == true ? TopologyType.LoadBalanced
            : settings.DirectConnection == true ? TopologyType.Single
            : settings.ReplicaSet is not null ? TopologyType.ReplicaSetNoPrimary
            : TopologyType.Unknown;
    }

    public TopologyDescription Apply(TopologyDescription topology, ServerDescription server)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(server);

        // SDAM spec: a check of a server no longer in the topology (removed while it ran) is ignored.
        if (topology.Find(server.Address) is null)
        {
            return topology;
        }

        return topology.Type switch
        {
            TopologyType.Single => ApplySingle(topology, server),
            TopologyType.LoadBalanced => topology.WithServer(server),
            TopologyType.Unknown => ApplyUnknown(topology, server),
            TopologyType.Sharded => server.Type is ServerType.Mongos or ServerType.Unknown
                ? topology.WithServer(server)
                : topology.WithoutServer(server.Address),
            _ => ApplyReplicaSet(topology, server),
        };
    }

    private static TopologyDescription ApplySingle(TopologyDescription topology, ServerDescription server)
    {
        // SDAM spec, "TopologyType Single": with a replicaSet option, a member of another set is reported Unknown.
        if (topology.SetName is { } expected && server.Type != ServerType.Unknown && server.SetName != expected)
        {
            return topology.WithServer(new ServerDescription(server.Address, ServerType.Unknown, server.LastUpdateTime)
                .WithError($"the server's replica set name is '{server.SetName}', not '{expected}'"));
        }

        return topology.WithServer(server);
    }

    private TopologyDescription ApplyUnknown(TopologyDescription topology, ServerDescription server) => server.Type switch
    {
        // updateUnknownWithStandalone: a standalone is only usable as the one seed.
        ServerType.Standalone => _seedCount == 1
            ? topology.WithType(TopologyType.Single).WithServer(server)
            : topology.WithoutServer(server.Address),
        ServerType.Mongos => topology.WithType(TopologyType.Sharded).WithServer(server),
        ServerType.RSPrimary => UpdateFromPrimary(topology.WithType(TopologyType.ReplicaSetWithPrimary).WithSetName(server.SetName), server),
        ServerType.RSSecondary or ServerType.RSArbiter or ServerType.RSOther =>
            UpdateWithoutPrimary(topology.WithType(TopologyType.ReplicaSetNoPrimary).WithSetName(server.SetName), server),
        _ => topology.WithServer(server),
    };

    private TopologyDescription ApplyReplicaSet(TopologyDescription topology, ServerDescription server)
    {
        var updated = server.Type switch
        {
            ServerType.Standalone or ServerType.Mongos => topology.WithoutServer(server.Address),
            ServerType.RSPrimary => UpdateFromPrimary(topology, server),
            ServerType.RSSecondary or ServerType.RSArbiter or ServerType.RSOther => topology.Type == TopologyType.ReplicaSetWithPrimary
                ? UpdateWithPrimaryFromMember(topology, server)
                : UpdateWithoutPrimary(topology, server),
            _ => topology.WithServer(server),
        };
        return CheckIfHasPrimary(updated);
    }

    private TopologyDescription UpdateFromPrimary(TopologyDescription topology, ServerDescription server)
    {
        if (topology.SetName is null)
        {
            topology = topology.WithSetName(server.SetName);
        }
        else if (topology.SetName != server.SetName)
        {
            return CheckIfHasPrimary(topology.WithoutServer(server.Address));
        }

        // updateRSFromPrimary: a primary whose (electionId, setVersion) is older than the newest seen is stale
        // (it has not yet learned it was deposed); it is marked Unknown rather than trusted.
        if (IsStale(server))
        {
            return CheckIfHasPrimary(topology.WithServer(new ServerDescription(server.Address, ServerType.Unknown, server.LastUpdateTime)
                .WithError("stale primary: its electionId/setVersion is older than the newest primary seen")));
        }

        // Not stale, so this primary's pair is the newest: remember it.
        _maxElectionId = server.ElectionId ?? _maxElectionId;
        _maxSetVersion = server.SetVersion ?? _maxSetVersion;

        // Any other server still believed primary is demoted: there is one primary.
        var servers = topology.Servers
            .Select(other => other.Address != server.Address && other.Type == ServerType.RSPrimary
                ? new ServerDescription(other.Address, ServerType.Unknown, other.LastUpdateTime).WithError("another member became primary")
                : other.Address == server.Address ? server : other)
            .ToList();

        // The primary's member list is authoritative: add the members it names and drop the ones it does not.
        servers.AddRange(server.Members.Where(member => servers.TrueForAll(known => known.Address != member)).Select(member => new ServerDescription(member)));
        servers.RemoveAll(known => !server.Members.Contains(known.Address) && known.Address != server.Address);
        if (!server.Members.Contains(server.Address))
        {
            servers.RemoveAll(known => known.Address == server.Address);
        }

        return CheckIfHasPrimary(topology.WithServers(servers));
    }

    private static TopologyDescription UpdateWithoutPrimary(TopologyDescription topology, ServerDescription server)
    {
        if (topology.SetName is null)
        {
            topology = topology.WithSetName(server.SetName);
        }
        else if (topology.SetName != server.SetName)
        {
            return topology.WithoutServer(server.Address);
        }

        var updated = topology.WithServer(server);
        foreach (var member in server.Members.Where(member => updated.Find(member) is null))
        {
            updated = updated.WithServer(new ServerDescription(member));
        }

        // A member that calls itself by another name is reached through an address the set does not use.
        return server.Me is { } me && me != server.Address ? updated.WithoutServer(server.Address) : updated;
    }

    private static TopologyDescription UpdateWithPrimaryFromMember(TopologyDescription topology, ServerDescription server)
    {
        if (topology.SetName != server.SetName || (server.Me is { } me && me != server.Address))
        {
            return topology.WithoutServer(server.Address);
        }

        return topology.WithServer(server);
    }

    private static TopologyDescription CheckIfHasPrimary(TopologyDescription topology) =>
        topology.WithType(topology.Primary is null ? TopologyType.ReplicaSetNoPrimary : TopologyType.ReplicaSetWithPrimary);

    // SDAM spec, "updateRSFromPrimary" (wire version 17+ order): electionId first, then setVersion.
    private bool IsStale(ServerDescription server)
    {
        if (server.ElectionId is { } election && _maxElectionId is { } maxElection)
        {
            var byElection = election.CompareTo(maxElection);
            if (byElection != 0)
            {
                return byElection < 0;
            }
        }
        else if (server.ElectionId is null && _maxElectionId is not null)
        {
            return true;
        }

        return server.SetVersion is { } version && _maxSetVersion is { } maxVersion && version < maxVersion;
    }
}
