using Serverless.Mongo.Topology;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology;

public sealed class TagSetTests
{
    [Fact]
    public void A_tag_set_matches_a_server_whose_tags_include_it()
    {
        var server = Tags(("dc", "ny"), ("rack", "2"), ("size", "large"));

        Tags(("dc", "ny"), ("rack", "2")).IsSubsetOf(server).ShouldBeTrue();
        Tags(("dc", "ny"), ("rack", "3")).IsSubsetOf(server).ShouldBeFalse();
        Tags(("dc", "sf")).IsSubsetOf(Tags()).ShouldBeFalse();
    }

    [Fact]
    public void The_empty_tag_set_matches_every_server()
    {
        TagSet.Empty.IsSubsetOf(Tags(("dc", "ny"))).ShouldBeTrue();
        TagSet.Empty.IsSubsetOf(TagSet.Empty).ShouldBeTrue();
    }

    [Fact]
    public void Constructor_rejects_a_repeated_tag_name()
    {
        Should.Throw<ArgumentException>(() => Tags(("dc", "ny"), ("dc", "sf"))).Message.ShouldContain("'dc'");
    }

    [Fact]
    public void Tag_sets_with_the_same_tags_are_equal_whatever_their_order()
    {
        Tags(("a", "1"), ("b", "2")).ShouldBe(Tags(("b", "2"), ("a", "1")));
        Tags(("a", "1")).ShouldNotBe(Tags(("a", "1"), ("b", "2")));
    }
}
