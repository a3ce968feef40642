using Serverless.Bson;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Discovery;
using static Serverless.Mongo.Tests.Topology.Discovery.HelloReplies;

namespace Serverless.Mongo.Tests.Topology.Discovery;

public sealed class HelloReplyParserTests
{
    [Fact]
    public void Server_type_follows_the_sdam_parsing_rules()
    {
        Describe("a:1", new BsonElement("isWritablePrimary", true)).Type.ShouldBe(ServerType.Standalone);
        Describe("a:1", new BsonElement("msg", "isdbgrid")).Type.ShouldBe(ServerType.Mongos);
        Describe("a:1", new BsonElement("isreplicaset", true)).Type.ShouldBe(ServerType.RSGhost);
        Describe("a:1", new("setName", "rs0"), new("isWritablePrimary", true)).Type.ShouldBe(ServerType.RSPrimary);
        Describe("a:1", new("setName", "rs0"), new("secondary", true)).Type.ShouldBe(ServerType.RSSecondary);
        Describe("a:1", new("setName", "rs0"), new("arbiterOnly", true)).Type.ShouldBe(ServerType.RSArbiter);
        Describe("a:1", new("setName", "rs0"), new("hidden", true)).Type.ShouldBe(ServerType.RSOther);
        HelloReplyParser.Parse(ServerAddress.Parse("a:1"), new BsonDocument([new("ok", 0.0)]), TimeSpan.Zero, Now, null).Type.ShouldBe(ServerType.Unknown);
    }

    [Fact]
    public void Members_are_hosts_passives_and_arbiters_and_the_reply_fields_are_kept()
    {
        var election = ObjectId.GenerateNewId();
        var server = Describe(
            "A:1",
            new("setName", "rs0"),
            new("isWritablePrimary", true),
            new("hosts", Hosts(["a:1", "b:2"])),
            new("passives", Hosts(["c:3"])),
            new("arbiters", Hosts(["d:4", "B:2"])),
            new("primary", "a:1"),
            new("me", "a:1"),
            new("setVersion", 7),
            new("electionId", election),
            new("tags", new BsonDocument([new("dc", "east")])),
            new("logicalSessionTimeoutMinutes", 30),
            new("minWireVersion", 6),
            new("maxWireVersion", 21));

        server.Members.Select(member => member.ToString()).ShouldBe(["a:1", "b:2", "c:3", "d:4"]);
        server.Address.ToString().ShouldBe("a:1");
        server.PrimaryAddress.ShouldBe(ServerAddress.Parse("a:1"));
        server.Me.ShouldBe(ServerAddress.Parse("a:1"));
        (server.SetName, server.SetVersion, server.ElectionId).ShouldBe(("rs0", (int?)7, (ObjectId?)election));
        server.Tags.ShouldBe(new TagSet([new("dc", "east")]));
        server.LogicalSessionTimeoutMinutes.ShouldBe(30);
        (server.MinWireVersion, server.MaxWireVersion).ShouldBe((6, 21));
        server.AverageRoundTripTime.ShouldBe(TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public void Round_trip_time_is_folded_into_the_previous_average()
    {
        var server = HelloReplyParser.Parse(
            ServerAddress.Parse("a:1"), new BsonDocument([new("ok", 1.0)]), TimeSpan.FromMilliseconds(20), Now, TimeSpan.FromMilliseconds(10));

        server.AverageRoundTripTime.ShouldBe(TimeSpan.FromMilliseconds(12));
    }
}
