using System.Buffers;
using System.Buffers.Binary;
using Serverless.Bson;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Tests.Protocol;

public sealed class WireMessageCodecTests
{
    private static readonly BsonDocument Body = [new("insert", "movies"), new("$db", "test")];

    [Fact]
    public void OpMsg_round_trips_body_sequences_and_flags()
    {
        var sequence = new DocumentSequence("documents", [[new("_id", 1)], [new("_id", 2)]]);
        var message = new OpMsgMessage(7, 3, OpMsgFlagBits.ExhaustAllowed, Body, [sequence]);

        var decoded = WireMessageCodec.Decode(WireMessageCodec.Encode(message)).ShouldBeOfType<OpMsgMessage>();

        decoded.RequestId.ShouldBe(7);
        decoded.ResponseTo.ShouldBe(3);
        decoded.Flags.ShouldBe(OpMsgFlagBits.ExhaustAllowed);
        decoded.Body.ShouldBe(Body);
        decoded.Sequences.Count.ShouldBe(1);
        decoded.Sequences[0].Identifier.ShouldBe("documents");
        decoded.Sequences[0].Documents.ShouldBe([[new("_id", 1)], [new("_id", 2)]]);
    }

    [Fact]
    public void Encode_writes_header_fields_little_endian()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(42, 0, OpMsgFlagBits.None, Body));

        var header = WireMessageCodec.ReadHeader(bytes);
        header.MessageLength.ShouldBe(bytes.Length);
        header.RequestId.ShouldBe(42);
        header.OpCode.ShouldBe(OpCode.Msg);
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)).ShouldBe(2013);
    }

    [Fact]
    public void MergedBody_turns_each_sequence_into_an_array_field()
    {
        var message = new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body, [new DocumentSequence("documents", [[new("a", 1)]])]);

        var merged = message.MergedBody();

        merged["documents"].ShouldBe(new BsonArray(new BsonDocument(new BsonElement("a", 1))));
        merged.Names.ShouldBe(["insert", "$db", "documents"]);
    }

    [Fact]
    public void MergedBody_rejects_a_sequence_that_repeats_a_body_field()
    {
        var message = new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body, [new DocumentSequence("insert", [])]);

        Should.Throw<WireProtocolException>(message.MergedBody).Message.ShouldContain("duplicates");
    }

    [Fact]
    public void Checksum_is_appended_and_verified()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.ChecksumPresent, Body));

        var decoded = WireMessageCodec.Decode(bytes).ShouldBeOfType<OpMsgMessage>();

        decoded.Body.ShouldBe(Body);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4));
        crc.ShouldBe(Crc32C.Compute(bytes.AsSpan(0, bytes.Length - 4)));
    }

    [Fact]
    public void Decode_rejects_a_wrong_checksum()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.ChecksumPresent, Body));
        bytes[^1] ^= 0xFF;

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("checksum mismatch");
    }

    [Fact]
    public void Crc32C_matches_the_standard_check_value()
    {
        Crc32C.Compute("123456789"u8).ShouldBe(0xE3069283u);
    }

    [Fact]
    public void Decode_rejects_unknown_required_flag_bits()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 1u << 5);

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("required flag bits 0x20");
    }

    [Fact]
    public void Decode_ignores_unknown_optional_flag_bits()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 1u << 20);

        WireMessageCodec.Decode(bytes).ShouldBeOfType<OpMsgMessage>().Body.ShouldBe(Body);
    }

    [Fact]
    public void Constructor_rejects_unknown_required_flag_bits()
    {
        Should.Throw<ArgumentException>(() => new OpMsgMessage(1, 0, (OpMsgFlagBits)4, Body));
    }

    [Fact]
    public void Decode_rejects_a_length_above_the_maximum_message_size()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body));
        BinaryPrimitives.WriteInt32LittleEndian(bytes, 48_000_001);

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("outside 16..48000000");
    }

    [Fact]
    public void Decode_rejects_a_length_that_differs_from_the_bytes_given()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body));

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes.AsSpan(0, bytes.Length - 1))).Message.ShouldContain("messageLength says");
    }

    [Fact]
    public void Decode_rejects_a_message_without_a_body_section()
    {
        var bytes = Frame(OpCode.Msg, writer => writer.WriteInt32(0));

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("no body section");
    }

    [Fact]
    public void Decode_rejects_two_body_sections()
    {
        var bytes = Frame(OpCode.Msg, writer =>
        {
            writer.WriteInt32(0);
            writer.WriteByte(0);
            writer.WriteDocument(Body);
            writer.WriteByte(0);
            writer.WriteDocument(Body);
        });

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("second body section");
    }

    [Fact]
    public void Decode_rejects_an_unknown_section_kind()
    {
        var bytes = Frame(OpCode.Msg, writer =>
        {
            writer.WriteInt32(0);
            writer.WriteByte(2);
            writer.WriteDocument(Body);
        });

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("unknown kind 2");
    }

    [Fact]
    public void Decode_rejects_a_body_that_runs_past_the_message_end()
    {
        var bytes = Frame(OpCode.Msg, writer =>
        {
            writer.WriteInt32(0);
            writer.WriteByte(0);
            writer.WriteInt32(100);
            writer.WriteByte(0);
        });

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("declares length 100");
    }

    [Fact]
    public void Decode_rejects_a_sequence_whose_size_runs_past_the_message_end()
    {
        var bytes = Frame(OpCode.Msg, writer =>
        {
            writer.WriteInt32(0);
            writer.WriteByte(0);
            writer.WriteDocument(Body);
            writer.WriteByte(1);
            writer.WriteInt32(64);
            writer.WriteCString("documents");
        });

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("declares size 64");
    }

    [Fact]
    public void Decode_rejects_a_sequence_document_that_overruns_the_sequence()
    {
        var inner = BsonCodec.Encode([new("a", 1)]);
        var bytes = Frame(OpCode.Msg, writer =>
        {
            writer.WriteInt32(0);
            writer.WriteByte(0);
            writer.WriteDocument(Body);
            writer.WriteByte(1);
            writer.WriteInt32(4 + 2 + inner.Length - 1);
            writer.WriteCString("d");
            writer.Write(inner);
        });

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("of sequence 'd'");
    }

    [Fact]
    public void Decode_rejects_compressed_messages()
    {
        var bytes = Frame(OpCode.Compressed, writer => writer.WriteInt32(0));

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("OP_COMPRESSED");
    }

    [Fact]
    public void Decode_rejects_unknown_opcodes()
    {
        var bytes = Frame((OpCode)2010, writer => writer.WriteInt32(0));

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("opcode 2010");
    }

    [Fact]
    public void OpQuery_and_OpReply_round_trip()
    {
        var query = new OpQueryMessage(5, 0, "admin.$cmd", 0, -1, [new("isMaster", 1)]);
        var decodedQuery = WireMessageCodec.Decode(WireMessageCodec.Encode(query)).ShouldBeOfType<OpQueryMessage>();
        decodedQuery.FullCollectionName.ShouldBe("admin.$cmd");
        decodedQuery.NumberToReturn.ShouldBe(-1);
        decodedQuery.Query.ShouldBe(query.Query);
        decodedQuery.ReturnFieldsSelector.ShouldBeNull();

        var reply = new OpReplyMessage(6, 5, 8, 0, 0, [[new("ok", 1.0)]]);
        var decodedReply = WireMessageCodec.Decode(WireMessageCodec.Encode(reply)).ShouldBeOfType<OpReplyMessage>();
        decodedReply.ResponseTo.ShouldBe(5);
        decodedReply.ResponseFlags.ShouldBe(8);
        decodedReply.Documents.ShouldBe(reply.Documents);
    }

    [Fact]
    public void OpQuery_rejects_trailing_bytes()
    {
        var bytes = Frame(OpCode.Query, writer =>
        {
            writer.WriteInt32(0);
            writer.WriteCString("admin.$cmd");
            writer.WriteInt32(0);
            writer.WriteInt32(-1);
            writer.WriteDocument(Body);
            writer.WriteDocument(Body);
            writer.WriteByte(9);
        });

        Should.Throw<WireProtocolException>(() => WireMessageCodec.Decode(bytes)).Message.ShouldContain("after its last document");
    }

    [Fact]
    public async Task ReadAsync_reads_consecutive_messages_and_null_at_end()
    {
        using var stream = new MemoryStream();
        await WireMessageCodec.WriteAsync(stream, new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body), CancellationToken.None);
        await WireMessageCodec.WriteAsync(stream, new OpMsgMessage(2, 0, OpMsgFlagBits.MoreToCome, Body), CancellationToken.None);
        stream.Position = 0;

        (await WireMessageCodec.ReadAsync(stream, CancellationToken.None)).ShouldNotBeNull().RequestId.ShouldBe(1);
        var second = (await WireMessageCodec.ReadAsync(stream, CancellationToken.None)).ShouldBeOfType<OpMsgMessage>();
        second.Flags.ShouldBe(OpMsgFlagBits.MoreToCome);
        (await WireMessageCodec.ReadAsync(stream, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task ReadAsync_rejects_a_stream_that_ends_mid_message()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body));
        using var stream = new MemoryStream(bytes, 0, bytes.Length - 3);

        var error = await Should.ThrowAsync<WireProtocolException>(async () => await WireMessageCodec.ReadAsync(stream, CancellationToken.None));
        error.Message.ShouldContain("the stream ended");
    }

    [Fact]
    public async Task ReadAsync_rejects_a_length_above_the_negotiated_maximum_before_reading_the_body()
    {
        var bytes = WireMessageCodec.Encode(new OpMsgMessage(1, 0, OpMsgFlagBits.None, Body));
        using var stream = new MemoryStream(bytes);

        var error = await Should.ThrowAsync<WireProtocolException>(async () => await WireMessageCodec.ReadAsync(stream, CancellationToken.None, maxMessageSize: 20));
        error.Message.ShouldContain("outside 16..20");
    }

    private static byte[] Frame(OpCode opCode, Action<PooledByteWriter> body)
    {
        using var writer = new PooledByteWriter();
        writer.WriteInt32(0);
        writer.WriteInt32(1);
        writer.WriteInt32(0);
        writer.WriteInt32((int)opCode);
        body(writer);
        writer.PatchInt32(0, writer.Length);
        return writer.WrittenSpan.ToArray();
    }
}
