using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Serverless.Bson.Tests.Json;

/// <summary>Extended JSON writing: layout, number and date forms, escaping, limits.</summary>
public sealed class ExtendedJsonWriterTests
{
    [Fact]
    public void Output_is_compact_and_in_document_order()
    {
        BsonDocument document = [new("b", 1), new("a", new BsonArray("x", true, BsonNull.Value)), new("c", BsonDocument.Empty)];

        ExtendedJson.Serialize(document).ShouldBe("""{"b":1,"a":["x",true,null],"c":{}}""");
        ExtendedJson.Serialize(document, ExtendedJsonMode.Canonical).ShouldBe("""{"b":{"$numberInt":"1"},"a":["x",true,null],"c":{}}""");
    }

    [Theory]
    [InlineData(1.0, "1.0", "1.0")]
    [InlineData(-0.0, "-0.0", "-0.0")]
    [InlineData(0.1, "0.1", "0.1")]
    [InlineData(1e20, "1E+20", "1E+20")]
    [InlineData(1.5e-7, "1.5E-07", "1.5E-07")]
    [InlineData(double.NaN, """{"$numberDouble":"NaN"}""", "NaN")]
    [InlineData(double.PositiveInfinity, """{"$numberDouble":"Infinity"}""", "Infinity")]
    [InlineData(double.NegativeInfinity, """{"$numberDouble":"-Infinity"}""", "-Infinity")]
    public void Doubles_use_the_shortest_round_trip_text(double value, string relaxed, string canonicalText)
    {
        ExtendedJson.Serialize(new BsonDouble(value)).ShouldBe(relaxed);
        ExtendedJson.Serialize(new BsonDouble(value), ExtendedJsonMode.Canonical).ShouldBe($$"""{"$numberDouble":"{{canonicalText}}"}""");

        // Whatever the text, it reads back as the same double (bit for bit, -0.0 included).
        var back = ExtendedJson.Parse(relaxed).AsDouble;
        BitConverter.DoubleToInt64Bits(back).ShouldBe(BitConverter.DoubleToInt64Bits(double.IsNaN(value) ? double.NaN : value));
    }

    [Theory]
    [InlineData(0L, """{"$date":"1970-01-01T00:00:00Z"}""")]
    [InlineData(1356351330501L, """{"$date":"2012-12-24T12:15:30.501Z"}""")]
    [InlineData(253402300799999L, """{"$date":"9999-12-31T23:59:59.999Z"}""")]
    [InlineData(253402300800000L, """{"$date":{"$numberLong":"253402300800000"}}""")]
    [InlineData(-1L, """{"$date":{"$numberLong":"-1"}}""")]
    [InlineData(long.MinValue, """{"$date":{"$numberLong":"-9223372036854775808"}}""")]
    public void Relaxed_dates_are_iso_strings_only_from_1970_to_9999(long milliseconds, string expected)
    {
        ExtendedJson.Serialize(new BsonDateTime(milliseconds)).ShouldBe(expected);
        ExtendedJson.Parse(expected).ShouldBe(new BsonDateTime(milliseconds));
    }

    [Fact]
    public void Every_kind_round_trips_through_both_modes()
    {
        BsonDocument document =
        [
            new("oid", new BsonObjectId(ObjectId.Parse("56e1fc72e0c917e9c4714161"))),
            new("bin", new BsonBinary([1, 2, 3], BsonBinarySubtype.Md5)),
            new("uuid", BsonBinary.FromGuid(Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4"))),
            new("re", new BsonRegularExpression("a\"b", "xi")),
            new("ts", new BsonTimestamp(uint.MaxValue, 7)),
            new("dec", new BsonDecimal128(Decimal128.Parse("1.50"))),
            new("ptr", new BsonDbPointer("db.c", ObjectId.Parse("56e1fc72e0c917e9c4714161"))),
            new("code", new BsonJavaScript("f()")),
            new("scope", new BsonJavaScriptWithScope("g()", [new("n", 1L)])),
            new("sym", new BsonSymbol("s")),
            new("undef", BsonUndefined.Value),
            new("min", BsonMinKey.Value),
            new("max", BsonMaxKey.Value),
            new("long", 5L),
            new("int", int.MinValue),
        ];

        foreach (var mode in new[] { ExtendedJsonMode.Canonical, ExtendedJsonMode.Relaxed })
        {
            var back = ExtendedJson.ParseDocument(ExtendedJson.Serialize(document, mode));

            // Relaxed output loses the int64-ness of small numbers, as the spec says it may.
            back.ShouldBe(mode == ExtendedJsonMode.Canonical ? document : document.With("long", 5).With("scope", new BsonJavaScriptWithScope("g()", [new("n", 1)])));
        }

        ExtendedJson.Serialize(document["re"]).ShouldBe("""{"$regularExpression":{"pattern":"a\"b","options":"ix"}}""");
        ExtendedJson.Serialize(document["ts"]).ShouldBe("""{"$timestamp":{"t":4294967295,"i":7}}""");
        ExtendedJson.Serialize(document["uuid"]).ShouldBe("""{"$binary":{"base64":"c//SZESzTGmQ6OfR38A11A==","subType":"04"}}""");
    }

    [Fact]
    public void Control_and_non_ascii_characters_give_valid_json()
    {
        const string text = "é☆😀\u0000\u001f\"\\\u2028</script>";
        var json = ExtendedJson.Serialize(new BsonDocument(new BsonElement(text, text)));

        using var parsed = JsonDocument.Parse(json);
        var property = parsed.RootElement.EnumerateObject().Single();
        property.Name.ShouldBe(text);
        property.Value.GetString().ShouldBe(text);
    }

    [Fact]
    public void Write_emits_the_same_utf8_as_Serialize()
    {
        BsonDocument document = [new("a", 1.5), new("é", "x")];
        var output = new ArrayBufferWriter<byte>();

        ExtendedJson.Write(output, document, ExtendedJsonMode.Canonical);

        Encoding.UTF8.GetString(output.WrittenSpan).ShouldBe(ExtendedJson.Serialize(document, ExtendedJsonMode.Canonical));
    }

    [Fact]
    public void ToString_is_relaxed_extended_json()
    {
        new BsonDocument(new BsonElement("n", 5L)).ToString().ShouldBe("""{"n":5}""");
    }

    [Fact]
    public void Absurdly_deep_values_fail_cleanly()
    {
        BsonValue value = 1;
        for (var i = 0; i < 5000; i++)
        {
            value = new BsonArray(value);
        }

        Should.Throw<BsonEncodeException>(() => ExtendedJson.Serialize(value));
    }
}
