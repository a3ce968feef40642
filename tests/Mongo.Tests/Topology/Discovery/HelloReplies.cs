using Serverless.Bson;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Discovery;

namespace Serverless.Mongo.Tests.Topology.Discovery;

/// <summary>Builds server descriptions from hello replies the way a monitor would.</summary>
internal static class HelloReplies
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ServerDescription Describe(string address, params BsonElement[] reply) =>
        HelloReplyParser.Parse(ServerAddress.Parse(address), new BsonDocument([.. reply, new("ok", 1.0)]), TimeSpan.FromMilliseconds(5), Now, null);

    public static ServerDescription Primary(string address, string[] hosts, int? setVersion = null, ObjectId? electionId = null, string setName = "rs0")
    {
        List<BsonElement> reply = [new("isWritablePrimary", true), new("setName", setName), new("hosts", Hosts(hosts)), new("maxWireVersion", 21)];
        if (setVersion is { } version)
        {
            reply.Add(new("setVersion", version));
        }

        if (electionId is { } election)
        {
            reply.Add(new("electionId", election));
        }

        return Describe(address, [.. reply]);
    }

    public static ServerDescription Secondary(string address, string[] hosts, string setName = "rs0", string? me = null)
    {
        List<BsonElement> reply = [new("secondary", true), new("setName", setName), new("hosts", Hosts(hosts)), new("maxWireVersion", 21)];
        if (me is not null)
        {
            reply.Add(new("me", me));
        }

        return Describe(address, [.. reply]);
    }

    public static BsonArray Hosts(IEnumerable<string> hosts) => new(hosts.Select(host => (BsonValue)host));
}
