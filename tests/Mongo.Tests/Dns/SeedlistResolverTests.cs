using Serverless.Mongo.Dns;

namespace Serverless.Mongo.Tests.Dns;

public sealed class SeedlistResolverTests
{
    private static RecordTableDnsResolver Records(string srvName, string[] targets, params string[] txt) =>
        new(
            targets.Select((t, i) => ($"_mongodb._tcp.{srvName}", new SrvRecord(t, 27017 + i, 0, 0))),
            txt.Select(text => (srvName, new TxtRecord([text]))));

    private static Task<ConnectionString> Resolve(IDnsResolver dns, string uri) =>
        new SeedlistResolver(dns, new Random(7)).ResolveAsync(ConnectionString.Parse(uri), CancellationToken.None);

    [Theory]
    [InlineData("localhost", "test_1.localhost")]
    [InlineData("mongo.local", "test_1.mongo.local")]
    [InlineData("blogs.mongodb.com", "node.cluster.mongodb.com")]
    public async Task Resolve_accepts_targets_inside_the_srv_domain(string srvName, string target)
    {
        var resolved = await Resolve(Records(srvName, [target]), $"mongodb+srv://{srvName}");

        resolved.Hosts.ShouldHaveSingleItem().Host.ShouldBe(target);
        resolved.IsSeedlistResolved.ShouldBeTrue();
    }

    // Seedlist Discovery spec prose tests 2-4: wrong domain, target equal to a short SRV name, missing dot.
    [Theory]
    [InlineData("localhost", "localhost.mongodb")]
    [InlineData("mongo.local", "test_1.evil.local")]
    [InlineData("blogs.mongodb.com", "blogs.evil.com")]
    [InlineData("localhost", "localhost")]
    [InlineData("mongo.local", "mongo.local")]
    [InlineData("localhost", "test_1.evillocalhost")]
    [InlineData("mongo.local", "test_1.evilmongo.local")]
    [InlineData("blogs.mongodb.com", "test_1.evilmongodb.com")]
    public async Task Resolve_rejects_targets_outside_the_srv_domain(string srvName, string target)
    {
        var error = await Should.ThrowAsync<MongoConfigurationException>(() => Resolve(Records(srvName, [target]), $"mongodb+srv://{srvName}"));

        error.Message.ShouldContain(target);
    }

    [Fact]
    public async Task Resolve_uses_txt_options_below_the_uri_options()
    {
        var dns = Records("c.example.com", ["a.example.com"], "replicaSet=rs0&authSource=fromTxt");

        var resolved = await Resolve(dns, "mongodb+srv://u:p@c.example.com/?authSource=fromUri");

        resolved.ReplicaSet.ShouldBe("rs0");
        resolved.AuthSource.ShouldBe("fromUri");
        resolved.Credential!.Source.ShouldBe("fromUri");
        resolved.UseTls.ShouldBeTrue();
        resolved.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Resolve_applies_txt_auth_source_to_the_credential()
    {
        var resolved = await Resolve(Records("c.example.com", ["a.example.com"], "authSource=users"), "mongodb+srv://u:p@c.example.com/app");

        resolved.Credential!.Source.ShouldBe("users");
    }

    [Theory]
    [InlineData("ssl=false")]
    [InlineData("replicaSet")]
    [InlineData("maxPoolSize=5")]
    public async Task Resolve_rejects_txt_records_with_disallowed_or_malformed_options(string txt)
    {
        await Should.ThrowAsync<MongoConfigurationException>(() => Resolve(Records("c.example.com", ["a.example.com"], txt), "mongodb+srv://c.example.com"));
    }

    [Fact]
    public async Task Resolve_rejects_two_txt_records()
    {
        var dns = Records("c.example.com", ["a.example.com"], "replicaSet=a", "authSource=b");

        (await Should.ThrowAsync<MongoConfigurationException>(() => Resolve(dns, "mongodb+srv://c.example.com"))).Message.ShouldContain("TXT");
    }

    [Fact]
    public async Task Resolve_picks_srv_max_hosts_distinct_seeds_from_the_records()
    {
        string[] targets = ["a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com"];

        var resolved = await Resolve(Records("s.example.com", targets), "mongodb+srv://s.example.com/?srvMaxHosts=3");

        resolved.Hosts.Count.ShouldBe(3);
        resolved.Hosts.Select(h => h.Host).Distinct().Count().ShouldBe(3);
        resolved.Hosts.ShouldAllBe(h => targets.Contains(h.Host));
    }

    [Fact]
    public async Task Resolve_queries_the_custom_service_name()
    {
        var dns = new RecordTableDnsResolver([("_db._tcp.c.example.com", new SrvRecord("a.example.com", 1000, 0, 0))], []);

        var resolved = await Resolve(dns, "mongodb+srv://c.example.com/?srvServiceName=db");

        resolved.Hosts.ShouldHaveSingleItem().Port.ShouldBe(1000);
        dns.Queries.ShouldBe(["SRV _db._tcp.c.example.com", "TXT c.example.com"]);
    }

    [Fact]
    public async Task Resolve_returns_a_non_srv_connection_string_unchanged()
    {
        var plain = ConnectionString.Parse("mongodb://a.example.com");
        var dns = new RecordTableDnsResolver([], []);

        (await new SeedlistResolver(dns).ResolveAsync(plain, CancellationToken.None)).ShouldBeSameAs(plain);
        dns.Queries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Resolve_fails_when_there_are_no_srv_records()
    {
        await Should.ThrowAsync<MongoConfigurationException>(() => Resolve(new RecordTableDnsResolver([], []), "mongodb+srv://c.example.com"));
    }
}
