using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// Discovery and server selection against scripted deployments whose members proxy data commands to one embedded
/// server: replica sets (discovery from hello, tags, removal of members the primary does not list), direct
/// connections, sharded clusters and load balancers.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the backend through IAsyncLifetime.DisposeAsync.")]
public sealed class DeploymentTopologyTests : IAsyncLifetime
{
    private static readonly ObjectId ElectionId = ObjectId.GenerateNewId();

    private EmbeddedMongoServer? _backend;

    private EmbeddedMongoServer Backend => _backend ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() =>
        _backend = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    [Fact]
    public async Task Replica_set_is_discovered_from_one_seed_writes_go_to_the_primary_and_tagged_reads_to_the_matching_secondary()
    {
        ProxyMember[] members = [];
        BsonDocument Hello(int index, TagSet tags) => ScriptedServer.Ok(
        [
            .. ScriptedServer.ReplicaSetHello(members[index].Address, primary: index == 0, members.Select(m => m.Address)),
            new("tags", new BsonDocument(tags.Tags.Select(tag => new BsonElement(tag.Key, tag.Value)))),
            .. index == 0 ? [new BsonElement("electionId", ElectionId)] : Array.Empty<BsonElement>(),
        ]);
        members =
        [
            new ProxyMember(Backend, _ => Hello(0, TagSet.Empty)),
            new ProxyMember(Backend, _ => Hello(1, new TagSet([new("dc", "east")]))),
            new ProxyMember(Backend, _ => Hello(2, new TagSet([new("dc", "west")]))),
        ];
        await using var a = members[0];
        await using var b = members[1];
        await using var c = members[2];
        await using var client = new MongoClient($"mongodb://{c.Address}/?replicaSet=rs0&readPreference=secondary&readPreferenceTags=dc:east");
        var people = client.GetDatabase("app").GetCollection("people");

        await people.InsertManyAsync(Enumerable.Range(0, 5).Select(i => new BsonDocument([new("_id", i)])));
        var found = await ToListAsync(await people.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 2 }));

        found.Count.ShouldBe(5);
        client.Topology.Type.ShouldBe(TopologyType.ReplicaSetWithPrimary);
        client.Topology.Servers.Select(s => s.Address).ShouldBe([c.Address, a.Address, b.Address], ignoreOrder: true);
        a.CommandNames.ShouldBe(["insert"]);
        a.Requests.Single().Contains("txnNumber").ShouldBeTrue();
        b.CommandNames.ShouldBe(["find", "getMore", "getMore"]);
        b.Requests.First()["$readPreference"].ShouldBe(new BsonDocument(
        [
            new("mode", "secondary"),
            new("tags", new BsonArray([new BsonDocument([new("dc", "east")])])),
        ]));
        c.Requests.ShouldBeEmpty();

        // Leaving an enumeration early kills the cursor on the member that owns it.
        await foreach (var document in await people.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 2 }))
        {
            break;
        }

        b.CommandNames.Last().ShouldBe("killCursors");
        a.CommandNames.ShouldBe(["insert"]);
    }

    [Fact]
    public async Task Seed_that_the_primary_does_not_list_is_removed_from_the_topology()
    {
        ProxyMember[] members = [];
        members =
        [
            new ProxyMember(Backend, _ => ScriptedServer.Ok([.. ScriptedServer.ReplicaSetHello(members[0].Address, primary: true, [members[0].Address])])),
            new ProxyMember(Backend, _ => ScriptedServer.Ok([.. ScriptedServer.ReplicaSetHello(members[1].Address, primary: false, [members[0].Address, members[1].Address])])),
        ];
        await using var primary = members[0];
        await using var outsider = members[1];
        await using var client = new MongoClient($"mongodb://{outsider.Address},{primary.Address}/?replicaSet=rs0");

        await client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)]));

        client.Topology.Servers.ShouldHaveSingleItem().Address.ShouldBe(primary.Address);
        client.GetConnectionPool(outsider.Address).ShouldBeNull();
    }

    [Fact]
    public async Task Direct_connection_to_a_secondary_reads_from_it_with_primary_preferred_and_discovers_nothing()
    {
        var other = new ServerAddress("127.0.0.1", 1);
        ProxyMember? secondaryMember = null;
        secondaryMember = new ProxyMember(Backend, _ => ScriptedServer.Ok([.. ScriptedServer.ReplicaSetHello(secondaryMember!.Address, primary: false, [secondaryMember.Address, other])]));
        await using var secondary = secondaryMember;
        await using var client = new MongoClient($"mongodb://{secondary.Address}/?directConnection=true");

        var cursor = await client.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty);
        await cursor.DisposeAsync();

        client.Topology.Type.ShouldBe(TopologyType.Single);
        client.Topology.Servers.ShouldHaveSingleItem().Type.ShouldBe(ServerType.RSSecondary);
        secondary.Requests.First()["$readPreference"].ShouldBe(new BsonDocument([new("mode", "primaryPreferred")]));
    }

    [Fact]
    public async Task Sharded_cluster_routes_reads_through_a_mongos_with_the_read_preference_and_writes_with_a_transaction_number()
    {
        static BsonDocument MongosHello(BsonDocument request) => ScriptedServer.Ok(
            new("isWritablePrimary", true), new("msg", "isdbgrid"), new("maxWireVersion", 21), new("logicalSessionTimeoutMinutes", 30));
        await using var first = new ProxyMember(Backend, MongosHello);
        await using var second = new ProxyMember(Backend, MongosHello);
        await using var client = new MongoClient($"mongodb://{first.Address},{second.Address}/?readPreference=secondaryPreferred");
        var people = client.GetDatabase("app").GetCollection("people");

        await people.InsertOneAsync(new BsonDocument([new("_id", 1)]));
        (await people.CountDocumentsAsync(BsonDocument.Empty)).ShouldBe(1);

        client.Topology.Type.ShouldBe(TopologyType.Sharded);
        var requests = first.Requests.Concat(second.Requests).ToList();
        var insert = requests.Single(r => r[0].Name == "insert");
        insert.Contains("txnNumber").ShouldBeTrue();
        insert.Contains("$readPreference").ShouldBeFalse();
        requests.Single(r => r[0].Name == "aggregate")["$readPreference"].ShouldBe(new BsonDocument([new("mode", "secondaryPreferred")]));
    }

    [Fact]
    public async Task Load_balanced_mode_announces_itself_in_every_handshake_and_opens_no_monitoring_connection()
    {
        var serviceId = ObjectId.GenerateNewId();
        await using var balancer = new ProxyMember(Backend, request => ScriptedServer.Ok(
            new("isWritablePrimary", true), new("msg", "isdbgrid"), new("maxWireVersion", 21), new("serviceId", serviceId), new("logicalSessionTimeoutMinutes", 30)));
        await using var client = new MongoClient($"mongodb://{balancer.Address}/?loadBalanced=true");
        var people = client.GetDatabase("app").GetCollection("people");

        await people.InsertOneAsync(new BsonDocument([new("_id", 1)]));
        (await people.CountDocumentsAsync(BsonDocument.Empty)).ShouldBe(1);

        client.Topology.Type.ShouldBe(TopologyType.LoadBalanced);
        client.Topology.Servers.ShouldHaveSingleItem().Type.ShouldBe(ServerType.LoadBalancer);
        balancer.Hellos.ShouldAllBe(hello => hello["loadBalanced"] == (BsonValue)true);
        balancer.Hellos.Count.ShouldBe(client.GetConnectionPool(balancer.Address).ShouldNotBeNull().IdleCount);
    }

    [Fact]
    public async Task Load_balanced_mode_refuses_a_server_whose_hello_has_no_service_id()
    {
        await using var plain = new ProxyMember(Backend, _ => ScriptedServer.Ok([.. ScriptedServer.StandaloneHello()]));
        await using var client = new MongoClient($"mongodb://{plain.Address}/?loadBalanced=true");

        var error = await Should.ThrowAsync<MongoConnectionException>(() => client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)])));

        error.Message.ShouldContain("serviceId");
    }

    private static async Task<List<BsonDocument>> ToListAsync(IAsyncCursor cursor)
    {
        List<BsonDocument> documents = [];
        await foreach (var document in cursor)
        {
            documents.Add(document);
        }

        return documents;
    }
}
