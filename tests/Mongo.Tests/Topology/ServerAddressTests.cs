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

    [Theory]
    [InlineData("db.example.com", HostKind.Dns)]
    [InlineData("10.0.0.7", HostKind.IPv4)]
    [InlineData("256.0.0.1", HostKind.Dns)]
    [InlineData("::1", HostKind.IPv6)]
    public void Kind_is_inferred_from_the_host(string host, HostKind kind)
    {
        new ServerAddress(host).Kind.ShouldBe(kind);
    }

    [Fact]
    public void Unix_socket_paths_keep_their_case_and_have_no_port()
    {
        var socket = new ServerAddress("/tmp/MongoDB-27017.sock", 0, HostKind.UnixSocket);

        socket.ToString().ShouldBe("/tmp/MongoDB-27017.sock");
        Should.Throw<ArgumentOutOfRangeException>(() => new ServerAddress("/tmp/a.sock", 27017, HostKind.UnixSocket));
    }

    [Fact]
    public void Explicit_port_is_recorded_but_does_not_affect_equality()
    {
        var parsed = ServerAddress.Parse("a:27017");

        parsed.HasExplicitPort.ShouldBeTrue();
        ServerAddress.Parse("a").HasExplicitPort.ShouldBeFalse();
        parsed.ShouldBe(ServerAddress.Parse("a"));
    }
}
