using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Topology;

public sealed class ServerAddressTests
{
    [Theory]
    [InlineData("a", "a", 27017)]
    [InlineData("db.example.com:27018", "db.example.com", 27018)]
    [InlineData("[::1]", "::1", 27017)]
    [InlineData("[fe80::1]:1234", "fe80::1", 1234)]
    public void Parse_reads_host_and_port(string text, string host, int port)
    {
        var address = ServerAddress.Parse(text);

        address.Host.ShouldBe(host);
        address.Port.ShouldBe(port);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":27017")]
    [InlineData("a:")]
    [InlineData("a:0")]
    [InlineData("a:70000")]
    [InlineData("a:port")]
    [InlineData("::1")]
    [InlineData("[::1")]
    [InlineData("[::1]x")]
    public void Parse_rejects_malformed_addresses(string text)
    {
        Should.Throw<FormatException>(() => ServerAddress.Parse(text));
    }

    [Fact]
    public void Addresses_compare_host_names_case_insensitively()
    {
        ServerAddress.Parse("DB.Example.com:27017").ShouldBe(ServerAddress.Parse("db.example.com"));
        ServerAddress.Parse("a:1").ShouldNotBe(ServerAddress.Parse("a:2"));
    }

    [Fact]
    public void ToString_brackets_ipv6_hosts()
    {
        ServerAddress.Parse("[::1]:5").ToString().ShouldBe("[::1]:5");
        ServerAddress.Parse("a").ToString().ShouldBe("a:27017");
    }
}
