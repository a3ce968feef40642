using Serverless.Mongo.Topology;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology;

public sealed class ReadPreferenceTests
{
    [Fact]
    public void Mode_primary_rejects_a_non_empty_tag_set()
    {
        Should.Throw<ReadPreferenceException>(() => new ReadPreference(ReadPreferenceMode.Primary, [Tags(("dc", "ny"))]));
    }

    [Fact]
    public void Mode_primary_accepts_the_default_empty_tag_set()
    {
        new ReadPreference(ReadPreferenceMode.Primary, [TagSet.Empty]).TagSets.Count.ShouldBe(1);
    }

    [Fact]
    public void Mode_primary_rejects_max_staleness()
    {
        Should.Throw<ReadPreferenceException>(() => new ReadPreference(ReadPreferenceMode.Primary, maxStaleness: TimeSpan.FromSeconds(120)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(90.5)]
    public void Max_staleness_must_be_a_positive_whole_number_of_seconds(double seconds)
    {
        Should.Throw<ReadPreferenceException>(() => new ReadPreference(ReadPreferenceMode.Nearest, maxStaleness: TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void No_tag_sets_means_an_empty_list()
    {
        new ReadPreference(ReadPreferenceMode.Secondary).TagSets.ShouldBeEmpty();
    }

    [Fact]
    public void ToString_shows_every_component()
    {
        new ReadPreference(ReadPreferenceMode.Secondary, [Tags(("dc", "ny"))], TimeSpan.FromSeconds(120)).ToString()
            .ShouldBe("{ mode: Secondary, tag_sets: [{dc: ny}], maxStalenessSeconds: 120 }");
    }
}
