using Serverless.Bson;
using Serverless.Mongo.Operations;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Operations;

public sealed class ReadPreferenceDocumentTests
{
    private static readonly ReadPreference Secondary = new(ReadPreferenceMode.Secondary, [new TagSet([new("dc", "east")]), TagSet.Empty], TimeSpan.FromSeconds(120));

    [Theory]
    [InlineData(TopologyType.ReplicaSetWithPrimary, ServerType.RSPrimary)]
    [InlineData(TopologyType.Sharded, ServerType.Mongos)]
    [InlineData(TopologyType.LoadBalanced, ServerType.LoadBalancer)]
    [InlineData(TopologyType.Single, ServerType.Standalone)]
    public void Mode_primary_is_never_sent(TopologyType topology, ServerType server)
    {
        ReadPreferenceDocument.For(topology, server, ReadPreference.Primary).ShouldBeNull();
    }

    [Theory]
    [InlineData(TopologyType.ReplicaSetNoPrimary, ServerType.RSSecondary)]
    [InlineData(TopologyType.Sharded, ServerType.Mongos)]
    [InlineData(TopologyType.LoadBalanced, ServerType.LoadBalancer)]
    [InlineData(TopologyType.Single, ServerType.Mongos)]
    public void Other_modes_are_sent_with_tags_and_max_staleness(TopologyType topology, ServerType server)
    {
        ReadPreferenceDocument.For(topology, server, Secondary).ShouldBe(new BsonDocument(
        [
            new("mode", "secondary"),
            new("tags", new BsonArray([new BsonDocument([new("dc", "east")]), BsonDocument.Empty])),
            new("maxStalenessSeconds", 120L),
        ]));
    }

    [Fact]
    public void Direct_connection_to_a_replica_set_member_turns_primary_into_primary_preferred()
    {
        ReadPreferenceDocument.For(TopologyType.Single, ServerType.RSSecondary, ReadPreference.Primary)
            .ShouldBe(new BsonDocument([new("mode", "primaryPreferred")]));
    }

    [Fact]
    public void Standalone_never_gets_a_read_preference()
    {
        ReadPreferenceDocument.For(TopologyType.Single, ServerType.Standalone, Secondary).ShouldBeNull();
    }
}
