namespace Serverless.Bson.Tests.Binary;

public sealed class BsonCodecTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex);

    [Fact]
    public void Encode_then_decode_keeps_every_kind_and_duplicate_keys()
    {
        BsonDocument document =
        [
            new("d", 1.5), new("s", "héllo\0world"), new("doc", new BsonDocument(new BsonElement("x", 1))),
            new("arr", new BsonArray(1, "two", 3L)), new("bin", new BsonBinary([1, 2, 3], BsonBinarySubtype.OldBinary)),
            new("u", BsonUndefined.Value), new("oid", ObjectId.Parse("0123456789abcdef01234567")), new("b", true),
            new("dt", new BsonDateTime(-62_135_596_800_001)), new("n", BsonNull.Value), new("re", new BsonRegularExpression("a.c", "mi")),
            new("ptr", new BsonDbPointer("db.c", ObjectId.Parse("0123456789abcdef01234567"))), new("js", new BsonJavaScript("f()")),
            new("sym", new BsonSymbol("s")), new("jsw", new BsonJavaScriptWithScope("g()", [new("y", 2)])), new("i", 7),
            new("ts", new BsonTimestamp(1, 2)), new("l", long.MinValue), new("dec", new Decimal128(0x3040000000000000, 5)),
            new("min", BsonMinKey.Value), new("max", BsonMaxKey.Value), new("i", 8),
        ];

        var bytes = BsonCodec.Encode(document);
        var decoded = BsonCodec.Decode(bytes);

        decoded.ShouldBe(document);
        decoded.Count.ShouldBe(document.Count);
        BsonCodec.Encode(decoded).ShouldBe(bytes);
    }

    [Fact]
    public void Regex_options_are_written_in_alphabetical_order()
    {
        var bytes = BsonCodec.Encode([new("a", new BsonRegularExpression("abc", "mix"))]);

        bytes.ShouldBe(Hex("100000000B610061626300696D780000"));
    }

    [Fact]
    public void Array_keys_in_the_input_are_ignored_and_rewritten_as_indexes()
    {
        var degenerate = Hex("150000000461000D000000106162000A0000000000");

        BsonCodec.Encode(BsonCodec.Decode(degenerate)).ShouldBe(Hex("140000000461000C0000001030000A0000000000"));
    }

    [Theory]
    [InlineData("0500000001", 5, "cstring has no 0x00 terminator")]
    [InlineData("1200000002666F6F0004000000626172", 0, "declares 18 bytes")]
    [InlineData("0C000000026100FFFFFFFF00", 7, "string length -1")]
    [InlineData("0E00000002610002000000E90000", 11, "UTF-8")]
    [InlineData("090000000862000200", 7, "boolean byte")]
    [InlineData("07000000800000", 4, "unknown element type 0x80")]
    [InlineData("1800000003666F6F000F0000001062617200FFFFFF7F0000", 22, "before the declared end")]
    [InlineData("1D000000057800FF0000000573FFD26444B34C6990E8E7D1DFC035D400", 11, "binary data needs 256 bytes")]
    public void Decode_errors_name_the_offset_and_the_rule(string hex, long offset, string rule)
    {
        var error = Should.Throw<BsonDecodeException>(() => BsonCodec.Decode(Hex(hex)));

        error.Offset.ShouldBe(offset);
        error.Message.ShouldContain(rule);
    }

    [Fact]
    public void Decode_rejects_nesting_beyond_the_configured_depth_without_recursing_further()
    {
        BsonDocument nested = [new("x", 1)];
        for (var i = 0; i < 20; i++)
        {
            nested = [new("x", nested)];
        }

        var bytes = BsonCodec.Encode(nested);

        Should.NotThrow(() => BsonCodec.Decode(bytes));
        Should.Throw<BsonDecodeException>(() => BsonCodec.Decode(bytes, new BsonDecoderOptions { MaxDepth = 10 }))
            .Rule.ShouldContain("nesting deeper than 10");
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("\0")]
    public void Encode_rejects_nul_in_field_names(string name)
    {
        Should.Throw<BsonEncodeException>(() => BsonCodec.Encode([new(name, 1)])).Message.ShouldContain("field name");
    }

    [Fact]
    public void Encode_rejects_nul_in_regex_pattern_and_options()
    {
        Should.Throw<BsonEncodeException>(() => BsonCodec.Encode([new("r", new BsonRegularExpression("a\0b"))]));
        Should.Throw<BsonEncodeException>(() => BsonCodec.Encode([new("r", new BsonRegularExpression("ab", "i\0"))]));
    }

    [Fact]
    public void Encode_rejects_unpaired_surrogates_instead_of_replacing_them()
    {
        Should.Throw<BsonEncodeException>(() => BsonCodec.Encode([new("s", "\ud800")]));
    }

    [Fact]
    public async Task Stream_round_trip_reads_documents_in_sequence_then_null_at_end()
    {
        using var stream = new MemoryStream();
        await BsonCodec.WriteAsync(stream, [new("a", 1)], CancellationToken.None);
        await BsonCodec.WriteAsync(stream, [new("b", "two")], CancellationToken.None);
        stream.Position = 0;

        (await BsonCodec.ReadAsync(stream, CancellationToken.None)).ShouldBe(new BsonDocument(new BsonElement("a", 1)));
        (await BsonCodec.ReadAsync(stream, CancellationToken.None)).ShouldBe(new BsonDocument(new BsonElement("b", "two")));
        (await BsonCodec.ReadAsync(stream, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Stream_read_rejects_a_truncated_document_and_an_oversized_length()
    {
        using var truncated = new MemoryStream(Hex("1200000002666F"));
        (await Should.ThrowAsync<BsonDecodeException>(async () => await BsonCodec.ReadAsync(truncated, CancellationToken.None)))
            .Rule.ShouldContain("stream ended");

        using var huge = new MemoryStream(Hex("FFFFFF7F00"));
        (await Should.ThrowAsync<BsonDecodeException>(async () => await BsonCodec.ReadAsync(huge, CancellationToken.None)))
            .Rule.ShouldContain("outside 5..");
    }
}
