using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Topology;

/// <summary>Short builders for server and topology descriptions in tests.</summary>
internal static class TestServers
{
    public static ServerDescription Server(string address, ServerType type, double rttMilliseconds = 5, params (string Name, string Value)[] tags) =>
        new ServerDescription(ServerAddress.Parse(address), type)
            .WithAverageRoundTripTime(TimeSpan.FromMilliseconds(rttMilliseconds))
            .WithTags(Tags(tags));

    public static TagSet Tags(params (string Name, string Value)[] tags) =>
        new(tags.Select(tag => KeyValuePair.Create(tag.Name, tag.Value)));

    public static TopologyDescription TopologyOf(TopologyType type, params ServerDescription[] servers) => new(type, servers);

    public static string[] Addresses(IEnumerable<ServerDescription> servers) => [.. servers.Select(server => server.Address.ToString())];
}
