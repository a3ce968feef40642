using Serverless.Mongo.Dns;

namespace Serverless.Mongo.Tests.Dns;

/// <summary>Seed list discovery end to end: the real UDP client against a loopback name server.</summary>
public sealed class SeedlistOverDnsClientTests
{
    [Fact]
    public async Task Resolve_builds_the_seed_list_from_srv_and_txt_answers_on_the_wire()
    {
        await using var server = new LoopbackDnsServer((query, _) => DnsReplyBuilder.QueryType(query) == DnsReplyBuilder.Srv
            ? DnsReplyBuilder.Reply(
                query,
                0,
                false,
                DnsReplyBuilder.SrvAnswer("shard-00.abcde.mongodb.net", 27017),
                DnsReplyBuilder.SrvAnswer("shard-01.abcde.mongodb.net", 27017))
            : DnsReplyBuilder.Reply(query, 0, false, DnsReplyBuilder.TxtAnswer("authSource=admin&replicaSet=atlas-xyz-shard-0")));
        var resolver = new SeedlistResolver(new DnsClient([server.EndPoint], TimeSpan.FromSeconds(10)));

        var resolved = await resolver.ResolveAsync(
            ConnectionString.Parse("mongodb+srv://app:secret@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority"),
            CancellationToken.None);

        resolved.Hosts.Select(h => h.ToString()).ShouldBe(["shard-00.abcde.mongodb.net:27017", "shard-01.abcde.mongodb.net:27017"]);
        resolved.ReplicaSet.ShouldBe("atlas-xyz-shard-0");
        resolved.Credential!.Source.ShouldBe("admin");
        resolved.DefaultDatabase.ShouldBe("shop");
        resolved.UseTls.ShouldBeTrue();
        resolved.RetryWrites.ShouldBe(true);
    }
}
