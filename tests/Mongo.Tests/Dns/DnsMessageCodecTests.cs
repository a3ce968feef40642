using System.Text;
using Serverless.Mongo.Dns;

namespace Serverless.Mongo.Tests.Dns;

public sealed class DnsMessageCodecTests
{
    [Fact]
    public void EncodeQuery_writes_header_labels_type_and_class()
    {
        var query = DnsMessageWriter.EncodeQuery(0x1234, "_mongodb._tcp.a.b", DnsRecordType.Srv);

        byte[] expected =
        [
            0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // id, RD, QDCOUNT=1
            8, .. "_mongodb"u8, 4, .. "_tcp"u8, 1, (byte)'a', 1, (byte)'b', 0,    // QNAME
            0x00, 0x21, 0x00, 0x01,                                                 // QTYPE=SRV, QCLASS=IN
        ];
        query.ShouldBe(expected);
    }

    [Fact]
    public void EncodeName_ignores_a_trailing_root_dot()
    {
        DnsMessageWriter.EncodeName("a.b.").ShouldBe(DnsMessageWriter.EncodeName("a.b"));
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData("bücher.example")]
    [InlineData("")]
    public void EncodeName_rejects_empty_or_non_ascii_labels(string name)
    {
        Should.Throw<ArgumentException>(() => DnsMessageWriter.EncodeName(name));
    }

    [Fact]
    public void EncodeName_rejects_a_label_longer_than_63_bytes()
    {
        Should.Throw<ArgumentException>(() => DnsMessageWriter.EncodeName(new string('x', 64) + ".com"));
    }

    [Fact]
    public void Decode_reads_srv_and_txt_answers_through_compression_pointers()
    {
        // Question "srv.example.com" starts at offset 12; "example.com" is at offset 16.
        byte[] reply =
        [
            0xBE, 0xEF, 0x81, 0x80, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00,
            3, .. "srv"u8, 7, .. "example"u8, 3, .. "com"u8, 0, 0x00, 0x21, 0x00, 0x01,
            // SRV answer: owner = pointer to 12, ttl 3600, rdlength 14, priority 1, weight 5, port 27017, "node1" + pointer to 16
            0xC0, 0x0C, 0x00, 0x21, 0x00, 0x01, 0x00, 0x00, 0x0E, 0x10, 0x00, 0x0E,
            0x00, 0x01, 0x00, 0x05, 0x69, 0x89, 5, .. "node1"u8, 0xC0, 0x10,
            // TXT answer: two character-strings "replicaS" and "et=rs0"
            0xC0, 0x0C, 0x00, 0x10, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3C, 0x00, 0x10,
            8, .. "replicaS"u8, 6, .. "et=rs0"u8,
        ];

        var response = DnsMessageReader.Decode(reply);

        response.Id.ShouldBe((ushort)0xBEEF);
        response.IsResponse.ShouldBeTrue();
        response.IsTruncated.ShouldBeFalse();
        response.ResponseCode.ShouldBe(DnsResponseCode.NoError);
        response.Answers.Count.ShouldBe(2);
        response.Answers[0].Name.ShouldBe("srv.example.com");
        response.Answers[0].TimeToLive.ShouldBe(3600u);
        response.AnswersOf<SrvRecord>().ShouldHaveSingleItem().ShouldBe(new SrvRecord("node1.example.com", 27017, 1, 5));
        var txt = response.AnswersOf<TxtRecord>().ShouldHaveSingleItem();
        txt.Strings.ShouldBe(["replicaS", "et=rs0"]);
        txt.Text.ShouldBe("replicaSet=rs0");
    }

    [Fact]
    public void Decode_reads_truncation_flag_and_name_error()
    {
        byte[] reply = [0x00, 0x07, 0x83, 0x83, 0, 0, 0, 0, 0, 0, 0, 0];

        var response = DnsMessageReader.Decode(reply);

        response.IsTruncated.ShouldBeTrue();
        response.ResponseCode.ShouldBe(DnsResponseCode.NameError);
        response.Answers.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_rejects_a_compression_pointer_loop()
    {
        byte[] reply = [0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 0x0C, 0, 0x21, 0, 1];

        Should.Throw<DnsException>(() => DnsMessageReader.Decode(reply)).Message.ShouldContain("loop");
    }

    [Fact]
    public void Decode_rejects_a_record_whose_length_runs_past_the_message()
    {
        byte[] reply = [0, 1, 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0x00, 0x10, 0x00, 0x01, 0, 0, 0, 0, 0x00, 0x20, 3, (byte)'a'];

        Should.Throw<DnsException>(() => DnsMessageReader.Decode(reply)).Message.ShouldContain("RDLENGTH");
    }

    [Fact]
    public void Decode_rejects_a_message_shorter_than_the_header()
    {
        Should.Throw<DnsException>(() => DnsMessageReader.Decode([0, 1, 2]));
    }

    [Fact]
    public void Decode_rejects_a_txt_string_longer_than_its_record()
    {
        byte[] reply = [0, 1, 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0x00, 0x10, 0x00, 0x01, 0, 0, 0, 0, 0x00, 0x02, 5, (byte)'a'];

        Should.Throw<DnsException>(() => DnsMessageReader.Decode(reply)).Message.ShouldContain("TXT");
    }

    [Fact]
    public void Decode_keeps_utf8_text_of_txt_records()
    {
        var text = Encoding.UTF8.GetBytes("authSource=é");
        byte[] reply = [0, 1, 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0x00, 0x10, 0x00, 0x01, 0, 0, 0, 0, 0x00, (byte)(text.Length + 1), (byte)text.Length, .. text];

        DnsMessageReader.Decode(reply).AnswersOf<TxtRecord>().ShouldHaveSingleItem().Text.ShouldBe("authSource=é");
    }
}
