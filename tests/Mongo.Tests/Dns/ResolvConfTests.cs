using System.Net;
using Serverless.Mongo.Dns;

namespace Serverless.Mongo.Tests.Dns;

public sealed class ResolvConfTests
{
    [Fact]
    public void ParseNameServers_reads_nameserver_lines_in_order_and_skips_comments_and_other_keywords()
    {
        const string text = """
            # generated
            search corp.example
            nameserver 10.0.0.2
            ; nameserver 10.9.9.9
            options ndots:5
              nameserver   2001:db8::53
            nameserver not-an-address
            """;

        ResolvConf.ParseNameServers(text).ShouldBe(
        [
            new IPEndPoint(IPAddress.Parse("10.0.0.2"), 53),
            new IPEndPoint(IPAddress.Parse("2001:db8::53"), 53),
        ]);
    }

    [Fact]
    public void ParseNameServers_returns_nothing_for_a_file_without_nameservers()
    {
        ResolvConf.ParseNameServers("search example.com\n").ShouldBeEmpty();
    }
}
