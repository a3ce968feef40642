using System.Buffers.Binary;
using System.Net.Sockets;
using Serverless.Bson;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Tests.Hosting;

public sealed class EmbeddedMongoServerTests : ServerTestBase
{
    [Fact]
    public void Uri_names_the_loopback_address_and_the_chosen_port()
    {
        Server.Port.ShouldBeGreaterThan(0);
        Server.Uri.ToString().ShouldBe($"mongodb://127.0.0.1:{Server.Port}/");
        Server.ConnectionString.ShouldBe($"mongodb://127.0.0.1:{Server.Port}/");
    }

    [Fact]
    public async Task Ping_answers_ok()
    {
        var reply = await OkAsync([new("ping", 1)]);

        reply.Names.ShouldBe(["ok"]);
    }

    [Fact]
    public async Task Unknown_commands_get_CommandNotFound()
    {
        var reply = await FailsAsync([new("frobnicate", 1)], 59, "CommandNotFound");

        reply["errmsg"].ShouldBe("no such command: 'frobnicate'");
    }

    [Fact]
    public async Task Command_names_are_case_sensitive()
    {
        await FailsAsync([new("PING", 1)], 59, "CommandNotFound");
    }

    [Fact]
    public async Task Op_msg_without_db_is_refused()
    {
        var reply = await Client.SendAsync(new OpMsgMessage(Client.NextRequestId(), 0, OpMsgFlagBits.None, [new("ping", 1)]));

        var body = reply.ShouldBeOfType<OpMsgMessage>().Body;
        body["ok"].ShouldBe(0.0);
        body["code"].ShouldBe(40571);
    }

    [Fact]
    public async Task Invalid_database_names_are_refused()
    {
        await FailsAsync([new("ping", 1), new("$db", "a.b")], 73, "InvalidNamespace");
    }

    [Fact]
    public async Task Legacy_op_query_hello_is_answered_with_op_reply()
    {
        var request = new OpQueryMessage(Client.NextRequestId(), 0, "admin.$cmd", 0, -1, [new("isMaster", 1), new("helloOk", true)]);

        var reply = (await Client.SendAsync(request)).ShouldBeOfType<OpReplyMessage>();

        reply.Documents.Count.ShouldBe(1);
        var body = reply.Documents[0];
        body["ismaster"].ShouldBe(true);
        body["helloOk"].ShouldBe(true);
        body["maxWireVersion"].ShouldBe(25);
        body["ok"].ShouldBe(1.0);
    }

    [Fact]
    public async Task Legacy_op_query_for_other_commands_gets_UnsupportedOpQueryCommand()
    {
        var request = new OpQueryMessage(Client.NextRequestId(), 0, "test.$cmd", 0, -1, [new("find", "movies")]);

        var body = (await Client.SendAsync(request)).ShouldBeOfType<OpReplyMessage>().Documents[0];

        body["ok"].ShouldBe(0.0);
        body["code"].ShouldBe(352);
        body["codeName"].ShouldBe("UnsupportedOpQueryCommand");
    }

    [Fact]
    public async Task Document_sequences_are_merged_into_the_command()
    {
        var sequence = new DocumentSequence("documents", [[new("_id", 1)], [new("_id", 2)]]);

        var reply = await Client.RunAsync([new("insert", "seq")], sequence);

        reply["n"].ShouldBe(2);
    }

    [Fact]
    public async Task More_to_come_requests_get_no_reply()
    {
        await Client.WriteAsync(new OpMsgMessage(Client.NextRequestId(), 0, OpMsgFlagBits.MoreToCome, [new("insert", "quiet"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 1)))), new("$db", "test")]));

        // The next reply on the connection answers the next request, so none was sent for the first.
        var reply = await Client.RunAsync([new("count", "quiet")]);
        reply["n"].ShouldBe(1);
    }

    [Fact]
    public async Task A_malformed_message_closes_the_connection()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, [new("ping", 1), new("$db", "test")]));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 1u << 7);

        await Client.WriteRawAsync(bytes);

        (await Client.ReadAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Concurrent_connections_are_served_independently()
    {
        var tasks = Enumerable.Range(0, 8).Select(async worker =>
        {
            await using var client = await WireClient.ConnectAsync(Server);
            for (var i = 0; i < 25; i++)
            {
                var reply = await client.RunAsync([new("insert", "shared"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", (worker * 100) + i))))]);
                reply["n"].ShouldBe(1);
            }
        });
        await Task.WhenAll(tasks);

        var count = await OkAsync([new("count", "shared")]);
        count["n"].ShouldBe(200);
    }

    [Fact]
    public async Task Each_connection_gets_its_own_connection_id()
    {
        await using var other = await WireClient.ConnectAsync(Server);

        var first = await OkAsync([new("hello", 1)]);
        var second = await other.RunAsync([new("hello", 1)]);

        first["connectionId"].ShouldNotBe(second["connectionId"]);
    }

    [Fact]
    public async Task StopAsync_closes_open_connections_and_the_port()
    {
        var port = Server.Port;

        await Server.StopAsync();

        (await Client.ReadAsync()).ShouldBeNull();
        using var probe = new TcpClient();
        await Should.ThrowAsync<SocketException>(async () => await probe.ConnectAsync("127.0.0.1", port));
    }

    [Fact]
    public async Task A_request_split_across_writes_is_reassembled()
    {
        var request = new OpMsgMessage(Client.NextRequestId(), 0, OpMsgFlagBits.None, [new("ping", 1), new("$db", "test")]);
        var bytes = WireMessageCodec.Encode(request);

        await Client.WriteRawAsync(bytes[..3]);
        await Client.WriteRawAsync(bytes[3..20]);
        await Client.WriteRawAsync(bytes[20..]);

        var reply = (await Client.ReadAsync()).ShouldBeOfType<OpMsgMessage>();
        reply.ResponseTo.ShouldBe(request.RequestId);
        reply.Body["ok"].ShouldBe(1.0);
    }

    [Fact]
    public async Task Pipelined_requests_are_answered_in_order()
    {
        var first = new OpMsgMessage(Client.NextRequestId(), 0, OpMsgFlagBits.None, [new("ping", 1), new("$db", "test")]);
        var second = new OpMsgMessage(Client.NextRequestId(), 0, OpMsgFlagBits.None, [new("buildInfo", 1), new("$db", "admin")]);

        await Client.WriteRawAsync([.. WireMessageCodec.Encode(first), .. WireMessageCodec.Encode(second)]);

        (await Client.ReadAsync()).ShouldNotBeNull().ResponseTo.ShouldBe(first.RequestId);
        (await Client.ReadAsync()).ShouldBeOfType<OpMsgMessage>().Body["version"].ShouldBe("8.0.0");
    }

    [Fact]
    public async Task A_client_sending_a_reply_opcode_is_disconnected()
    {
        await Client.WriteAsync(new OpReplyMessage(Client.NextRequestId(), 0, 0, 0, 0, [[new("ok", 1.0)]]));

        (await Client.ReadAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task A_checksummed_request_is_verified_and_answered()
    {
        var reply = await Client.SendAsync(new OpMsgMessage(Client.NextRequestId(), 0, OpMsgFlagBits.ChecksumPresent, [new("ping", 1), new("$db", "test")]));

        reply.ShouldBeOfType<OpMsgMessage>().Body["ok"].ShouldBe(1.0);
    }
}
