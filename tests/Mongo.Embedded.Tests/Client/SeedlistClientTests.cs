using Serverless.Bson;
using Serverless.Mongo.Dns;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>mongodb+srv: the client resolves the seedlist through its IDnsResolver on first use and discovers from it.</summary>
public sealed class SeedlistClientTests
{
    [Fact]
    public async Task Srv_seedlist_and_txt_options_come_from_the_resolver_and_the_client_monitors_the_targets()
    {
        // ".invalid" never resolves (RFC 2606), so the client can only try them: the selection error names them.
        var dns = new StubDnsResolver(
            srv: new Dictionary<string, SrvRecord[]>
            {
                ["_mongodb._tcp.cluster.mongo.invalid"] = [new SrvRecord("db1.mongo.invalid.", 27018, 0, 0), new SrvRecord("db2.mongo.invalid.", 27019, 0, 0)],
            },
            txt: new Dictionary<string, TxtRecord[]> { ["cluster.mongo.invalid"] = [new TxtRecord(["replicaSet=rs0&authSource=admin"])] });
        await using var client = new MongoClient(
            ConnectionString.Parse("mongodb+srv://cluster.mongo.invalid/?serverSelectionTimeoutMS=100&connectTimeoutMS=100"),
            new MongoClientOptions { DnsResolver = dns });

        var error = await Should.ThrowAsync<ServerSelectionTimeoutException>(() => client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)])));

        dns.Queries.ShouldBe(["SRV _mongodb._tcp.cluster.mongo.invalid", "TXT cluster.mongo.invalid"]);
        client.Topology.Type.ShouldBe(TopologyType.ReplicaSetNoPrimary);
        client.Topology.SetName.ShouldBe("rs0");
        client.Topology.Servers.Select(server => server.Address.ToString()).ShouldBe(["db1.mongo.invalid:27018", "db2.mongo.invalid:27019"]);
        error.Message.ShouldContain("db1.mongo.invalid:27018");
        error.CommandName.ShouldBe("ping");
    }

    [Fact]
    public async Task Srv_resolution_failure_surfaces_and_a_later_operation_tries_again()
    {
        var dns = new StubDnsResolver(new Dictionary<string, SrvRecord[]>(), new Dictionary<string, TxtRecord[]>());
        await using var client = new MongoClient(ConnectionString.Parse("mongodb+srv://cluster.mongo.invalid/"), new MongoClientOptions { DnsResolver = dns });

        await Should.ThrowAsync<MongoConfigurationException>(() => client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)])));
        await Should.ThrowAsync<MongoConfigurationException>(() => client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)])));

        dns.Queries.Count(query => query.StartsWith("SRV", StringComparison.Ordinal)).ShouldBe(2);
    }

    private sealed class StubDnsResolver(IReadOnlyDictionary<string, SrvRecord[]> srv, IReadOnlyDictionary<string, TxtRecord[]> txt) : IDnsResolver
    {
        public List<string> Queries { get; } = [];

        public Task<IReadOnlyList<SrvRecord>> ResolveSrvAsync(string name, CancellationToken cancellationToken)
        {
            Queries.Add("SRV " + name);
            return Task.FromResult<IReadOnlyList<SrvRecord>>(srv.GetValueOrDefault(name) ?? []);
        }

        public Task<IReadOnlyList<TxtRecord>> ResolveTxtAsync(string name, CancellationToken cancellationToken)
        {
            Queries.Add("TXT " + name);
            return Task.FromResult<IReadOnlyList<TxtRecord>>(txt.GetValueOrDefault(name) ?? []);
        }
    }
}
