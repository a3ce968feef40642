using Serverless.Mongo.Dns;

namespace Serverless.Mongo.Tests.Dns;

public sealed class DnsClientTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ResolveSrvAsync_returns_the_records_of_a_udp_reply()
    {
        await using var server = new LoopbackDnsServer((query, _) => DnsReplyBuilder.Reply(
            query, 0, false, DnsReplyBuilder.SrvAnswer("node1.example.com", 27017), DnsReplyBuilder.SrvAnswer("node2.example.com", 27018)));
        var client = new DnsClient([server.EndPoint], Generous);

        var records = await client.ResolveSrvAsync("_mongodb._tcp.cluster.example.com", CancellationToken.None);

        records.Select(r => (r.Target, r.Port)).ShouldBe([("node1.example.com", 27017), ("node2.example.com", 27018)]);
        server.TcpQueries.ShouldBe(0);
    }

    [Fact]
    public async Task ResolveTxtAsync_retries_over_tcp_when_the_udp_reply_is_truncated()
    {
        await using var server = new LoopbackDnsServer((query, overTcp) => overTcp
            ? DnsReplyBuilder.Reply(query, 0, false, DnsReplyBuilder.TxtAnswer("replicaSet=rs0"))
            : DnsReplyBuilder.Reply(query, 0, truncated: true));
        var client = new DnsClient([server.EndPoint], Generous);

        var records = await client.ResolveTxtAsync("cluster.example.com", CancellationToken.None);

        records.ShouldHaveSingleItem().Text.ShouldBe("replicaSet=rs0");
        server.UdpQueries.ShouldBe(1);
        server.TcpQueries.ShouldBe(1);
    }

    [Fact]
    public async Task ResolveSrvAsync_returns_no_records_for_a_name_error()
    {
        await using var server = new LoopbackDnsServer((query, _) => DnsReplyBuilder.Reply(query, 3, false));
        var client = new DnsClient([server.EndPoint], Generous);

        (await client.ResolveSrvAsync("_mongodb._tcp.missing.example.com", CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Query_moves_to_the_next_server_after_a_server_failure()
    {
        await using var failing = new LoopbackDnsServer((query, _) => DnsReplyBuilder.Reply(query, 2, false));
        await using var working = new LoopbackDnsServer((query, _) => DnsReplyBuilder.Reply(query, 0, false, DnsReplyBuilder.TxtAnswer("authSource=admin")));
        var client = new DnsClient([failing.EndPoint, working.EndPoint], Generous);

        var records = await client.ResolveTxtAsync("cluster.example.com", CancellationToken.None);

        records.ShouldHaveSingleItem().Text.ShouldBe("authSource=admin");
        failing.UdpQueries.ShouldBe(1);
    }

    [Fact]
    public async Task Query_fails_with_every_server_named_when_none_answers()
    {
        await using var silent = new LoopbackDnsServer((_, _) => null);
        await using var failing = new LoopbackDnsServer((query, _) => DnsReplyBuilder.Reply(query, 5, false));
        var client = new DnsClient([silent.EndPoint, failing.EndPoint], TimeSpan.FromMilliseconds(200));

        var error = await Should.ThrowAsync<DnsException>(() => client.ResolveSrvAsync("_mongodb._tcp.x.example.com", CancellationToken.None));

        error.Message.ShouldContain("did not answer");
        error.Message.ShouldContain("Refused");
    }

    [Fact]
    public async Task Query_ignores_a_reply_with_another_id()
    {
        await using var server = new LoopbackDnsServer((query, _) =>
        {
            var reply = DnsReplyBuilder.Reply(query, 0, false, DnsReplyBuilder.SrvAnswer("node.example.com", 1));
            reply[0] ^= 0xFF; // a stale or spoofed answer: the client must keep waiting and then time out
            return reply;
        });
        var client = new DnsClient([server.EndPoint], TimeSpan.FromMilliseconds(200));

        await Should.ThrowAsync<DnsException>(() => client.ResolveSrvAsync("_mongodb._tcp.x.example.com", CancellationToken.None));
    }

    [Fact]
    public async Task FromResolvConfAsync_rejects_a_file_without_nameservers()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "search example.com\n");

            await Should.ThrowAsync<DnsException>(() => DnsClient.FromResolvConfAsync(path, Generous, CancellationToken.None));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Query_sends_the_requested_record_type()
    {
        var types = new List<ushort>();
        await using var server = new LoopbackDnsServer((query, _) =>
        {
            types.Add(DnsReplyBuilder.QueryType(query));
            return DnsReplyBuilder.Reply(query, 0, false);
        });
        var client = new DnsClient([server.EndPoint], Generous);

        await client.ResolveSrvAsync("_mongodb._tcp.a.example.com", CancellationToken.None);
        await client.ResolveTxtAsync("a.example.com", CancellationToken.None);

        types.ShouldBe([DnsReplyBuilder.Srv, DnsReplyBuilder.Txt]);
    }

    [Fact]
    public async Task Query_sends_internationalised_names_as_punycode()
    {
        var names = new List<string>();
        await using var server = new LoopbackDnsServer((query, _) =>
        {
            names.Add(System.Text.Encoding.ASCII.GetString(query, 13, query[12]));
            return DnsReplyBuilder.Reply(query, 0, false);
        });
        var client = new DnsClient([server.EndPoint], Generous);

        await client.ResolveTxtAsync("bücher.example.com", CancellationToken.None);

        names.ShouldBe(["xn--bcher-kva"]);
    }
}
