using System.Collections.Immutable;

namespace Serverless.Mongo.Topology;

/// <summary>
/// An immutable snapshot of the deployment (Server Discovery and Monitoring spec, "TopologyDescription"): its type,
/// its servers (one per address, in discovery order) and the heartbeat frequency that the staleness estimate of the
/// Max Staleness spec depends on. Changes are <c>With…</c> copies.
/// </summary>
public sealed class TopologyDescription
{
    /// <summary>SDAM spec, "heartbeatFrequencyMS": the default for multi-threaded clients is 10 seconds.</summary>
    public static readonly TimeSpan DefaultHeartbeatFrequency = TimeSpan.FromSeconds(10);

    /// <exception cref="ArgumentException">Two servers share an address.</exception>
    public TopologyDescription(
        TopologyType type,
        IEnumerable<ServerDescription> servers,
        TimeSpan? heartbeatFrequency = null,
        string? setName = null,
        string? compatibilityError = null)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown topology type.");
        }

        ArgumentNullException.ThrowIfNull(servers);
        var list = servers.ToImmutableArray();
        var seen = new HashSet<ServerAddress>();
        foreach (var server in list)
        {
            ArgumentNullException.ThrowIfNull(server, nameof(servers));
            if (!seen.Add(server.Address))
            {
                throw new ArgumentException($"Server {server.Address} appears more than once in the topology.", nameof(servers));
            }
        }

        var heartbeat = heartbeatFrequency ?? DefaultHeartbeatFrequency;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(heartbeat, TimeSpan.Zero, nameof(heartbeatFrequency));
        Type = type;
        Servers = list;
        HeartbeatFrequency = heartbeat;
        SetName = setName;
        CompatibilityError = compatibilityError;
    }

    public TopologyType Type { get; }

    public IReadOnlyList<ServerDescription> Servers { get; }

    public TimeSpan HeartbeatFrequency { get; }

    public string? SetName { get; }

    /// <summary>
    /// Why the driver cannot talk to this deployment (SDAM spec, "Checking wire protocol compatibility": a server's
    /// wire version range does not overlap the driver's), or null. Server selection fails at once while it is set
    /// (Server Selection spec, "Server Selection Algorithm", step 2).
    /// </summary>
    public string? CompatibilityError { get; }

    /// <summary>The replica set primary, when the topology has one.</summary>
    public ServerDescription? Primary => Servers.FirstOrDefault(server => server.Type == ServerType.RSPrimary);

    public ServerDescription? Find(ServerAddress address) => Servers.FirstOrDefault(server => server.Address == address);

    public TopologyDescription WithType(TopologyType type) => new(type, Servers, HeartbeatFrequency, SetName, CompatibilityError);

    public TopologyDescription WithServers(IEnumerable<ServerDescription> servers) => new(Type, servers, HeartbeatFrequency, SetName, CompatibilityError);

    /// <summary>A copy where <paramref name="server"/> replaces the server at its address, or is appended.</summary>
    public TopologyDescription WithServer(ServerDescription server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var replaced = false;
        var servers = Servers.Select(existing =>
        {
            if (existing.Address != server.Address)
            {
                return existing;
            }

            replaced = true;
            return server;
        }).ToList();
        if (!replaced)
        {
            servers.Add(server);
        }

        return WithServers(servers);
    }

    public TopologyDescription WithoutServer(ServerAddress address) =>
        WithServers(Servers.Where(server => server.Address != address));

    public TopologyDescription WithHeartbeatFrequency(TimeSpan heartbeatFrequency) => new(Type, Servers, heartbeatFrequency, SetName, CompatibilityError);

    public TopologyDescription WithSetName(string? setName) => new(Type, Servers, HeartbeatFrequency, setName, CompatibilityError);

    public TopologyDescription WithCompatibilityError(string? compatibilityError) =>
        new(Type, Servers, HeartbeatFrequency, SetName, compatibilityError);

    public override string ToString() => $"{Type} [{string.Join(", ", Servers)}]";
}
