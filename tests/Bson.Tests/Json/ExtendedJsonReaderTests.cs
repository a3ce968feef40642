using System.Text;

namespace Serverless.Bson.Tests.Json;

/// <summary>Extended JSON reading beyond what the corpus pins down: legacy forms, query operators, limits.</summary>
public sealed class ExtendedJsonReaderTests
{
    [Fact]
    public void Legacy_binary_with_type_reads_as_binary_in_either_key_order()
    {
        var expected = new BsonBinary([0xFF, 0xFF], BsonBinarySubtype.UserDefined);

        ExtendedJson.ParseDocument("""{"x": {"$binary": "//8=", "$type": "80"}}""")["x"].ShouldBe(expected);
        ExtendedJson.ParseDocument("""{"x": {"$type": "80", "$binary": "//8="}}""")["x"].ShouldBe(expected);
    }

    [Fact]
    public void Legacy_regex_with_options_reads_as_a_regular_expression()
    {
        var value = ExtendedJson.ParseDocument("""{"x": {"$options": "mi", "$regex": "^a.c"}}""")["x"];

        var regex = value.ShouldBeOfType<BsonRegularExpression>();
        regex.Pattern.ShouldBe("^a.c");
        regex.SortedOptions.ShouldBe("im");
        ExtendedJson.ParseDocument("""{"x": {"$regex": "b"}}""")["x"].ShouldBe(new BsonRegularExpression("b"));
    }

    [Fact]
    public void Regex_query_operator_with_a_non_string_value_stays_a_document()
    {
        var filter = ExtendedJson.ParseDocument(
            """{"name": {"$regex": {"$regularExpression": {"pattern": "^a", "options": ""}}, "$options": "i"}}""");

        var condition = filter["name"].ShouldBeOfType<BsonDocument>();
        condition.Names.ShouldBe(["$regex", "$options"]);
        condition["$regex"].ShouldBe(new BsonRegularExpression("^a"));
        condition["$options"].ShouldBe(new BsonString("i"));
    }

    [Theory]
    [InlineData("""{"x": {"$type": "string"}}""")]
    [InlineData("""{"x": {"$type": 2}}""")]
    [InlineData("""{"x": {"$gt": 5, "$lt": 10}}""")]
    [InlineData("""{"x": {"$ref": "coll", "$id": 1, "$db": "db"}}""")]
    [InlineData("""{"x": {"$options": "i"}}""")]
    [InlineData("""{"x": {"$regex": "^a", "$ne": "abc"}}""")]
    [InlineData("""{"x": {"$regex": "^a", "$options": 1}}""")]
    [InlineData("""{"x": {"$": 1}}""")]
    public void Dollar_keys_that_name_no_wrapper_are_plain_document_keys(string json)
    {
        ExtendedJson.ParseDocument(json)["x"].ShouldBeOfType<BsonDocument>();
    }

    [Fact]
    public void Wrapper_keys_are_recognised_in_any_order()
    {
        var value = ExtendedJson.ParseDocument("""{"c": {"$scope": {"n": 1}, "$code": "f()"}}""")["c"];

        value.ShouldBe(new BsonJavaScriptWithScope("f()", [new BsonElement("n", 1)]));
    }

    [Theory]
    [InlineData("""{"a": {"x": 1, "$oid": "56e1fc72e0c917e9c4714161"}}""", "unexpected key 'x'")]
    [InlineData("""{"a": {"$numberInt": "2147483648"}}""", "$numberInt")]
    [InlineData("""{"a": {"$numberInt": "+1"}}""", "$numberInt")]
    [InlineData("""{"a": {"$numberLong": "1.5"}}""", "$numberLong")]
    [InlineData("""{"a": {"$numberDouble": "infinity"}}""", "$numberDouble")]
    [InlineData("""{"a": {"$oid": "56e1fc72e0c917e9c471416"}}""", "$oid")]
    [InlineData("""{"a": {"$binary": "//8="}}""", "$type")]
    [InlineData("""{"a": {"$binary": {"base64": "//8", "subType": "00"}}}""", "base64")]
    [InlineData("""{"a": {"$date": "2012-13-24T12:15:30Z"}}""", "$date")]
    [InlineData("""{"a": {"$regex": "a\u0000"}}""", "NUL")]
    [InlineData("""{"a": {"$oid": "56e1fc72e0c917e9c4714161", "$symbol": "s"}}""", "both")]
    public void Malformed_wrappers_are_extended_json_errors(string json, string messagePart)
    {
        var error = Should.Throw<ExtendedJsonException>(() => ExtendedJson.ParseDocument(json));

        error.Message.ShouldContain(messagePart);
        error.Position.ShouldBeInRange(0, json.Length);
    }

    [Fact]
    public void Relaxed_numbers_take_the_smallest_type_that_holds_them()
    {
        var document = ExtendedJson.ParseDocument(
            """{"i": 1, "l": 2147483648, "n": -9223372036854775808, "big": 9223372036854775808, "d": 1.0, "e": 1e2, "z": -0.0}""");

        document["i"].ShouldBe(new BsonInt32(1));
        document["l"].ShouldBe(new BsonInt64(2147483648));
        document["n"].ShouldBe(new BsonInt64(long.MinValue));
        document["big"].ShouldBe(new BsonDouble(9223372036854775808d));
        document["d"].ShouldBe(new BsonDouble(1));
        document["e"].ShouldBe(new BsonDouble(100));
        double.IsNegative(document["z"].AsDouble).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2012-12-24T12:15:30.501Z", 1356351330501)]
    [InlineData("2012-12-24T12:15:30Z", 1356351330000)]
    [InlineData("2012-12-24T12:15:30.5Z", 1356351330500)]
    [InlineData("2012-12-24T12:15:30.501999Z", 1356351330501)]
    [InlineData("2012-12-24T13:15:30.501+01:00", 1356351330501)]
    [InlineData("2012-12-24T07:15:30.501-0500", 1356351330501)]
    [InlineData("1960-01-01T00:00:00Z", -315619200000)]
    public void Relaxed_dates_accept_rfc3339_forms(string text, long milliseconds)
    {
        ExtendedJson.ParseDocument("{\"d\": {\"$date\": \"" + text + "\"}}")["d"].ShouldBe(new BsonDateTime(milliseconds));
    }

    [Fact]
    public void Legacy_date_numbers_need_the_option()
    {
        const string json = """{"d": {"$date": 1356351330501}}""";

        Should.Throw<ExtendedJsonException>(() => ExtendedJson.ParseDocument(json));
        var options = new ExtendedJsonReaderOptions { AcceptLegacyDateNumbers = true };
        ExtendedJson.ParseDocument(json, options)["d"].ShouldBe(new BsonDateTime(1356351330501));
    }

    [Fact]
    public void Uuid_reads_as_binary_subtype_4_in_network_order()
    {
        var value = ExtendedJson.ParseDocument("""{"u": {"$uuid": "73ffd264-44b3-4c69-90e8-e7d1dfc035d4"}}""")["u"];

        var binary = value.ShouldBeOfType<BsonBinary>();
        binary.Subtype.ShouldBe(BsonBinarySubtype.Uuid);
        binary.ToGuid().ShouldBe(Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4"));
    }

    [Fact]
    public void Top_level_object_is_a_wrapper_for_Parse_but_a_document_for_ParseDocument()
    {
        ExtendedJson.Parse("""{"$numberLong": "5"}""").ShouldBe(new BsonInt64(5));
        ExtendedJson.ParseDocument("""{"$numberLong": "5"}""")["$numberLong"].ShouldBe(new BsonString("5"));
        ExtendedJson.Parse("[1, \"a\", null]"u8).ShouldBe(new BsonArray(1, "a", BsonNull.Value));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public void ParseDocument_needs_an_object(string json)
    {
        Should.Throw<ExtendedJsonException>(() => ExtendedJson.ParseDocument(json));
    }

    [Theory]
    [InlineData("{\"a\": tru}", 9)]
    [InlineData("{\"a\": 1,}", 8)]
    [InlineData("{\"a\": 1}\n x", 10)]
    [InlineData("{\"a\":\n  {\"$numberInt\": \"x\"}}", 23)]
    public void Errors_name_the_byte_offset(string json, long position)
    {
        var error = Should.Throw<ExtendedJsonException>(() => ExtendedJson.Parse(json));

        error.Position.ShouldBe(position);
    }

    [Fact]
    public void Invalid_utf8_is_an_extended_json_error()
    {
        byte[] json = [.. "{\"a\": \""u8, 0xE9, .. "\"}"u8];

        Should.Throw<ExtendedJsonException>(() => ExtendedJson.ParseDocument(json));
    }

    [Fact]
    public void Hostile_nesting_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var deepObjects = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);

        Should.Throw<ExtendedJsonException>(() => ExtendedJson.Parse(deep)).Message.ShouldContain("depth");
        Should.Throw<ExtendedJsonException>(() => ExtendedJson.ParseDocument(deepObjects));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 199)) + "{\"$numberInt\": \"1\"}" + new string('}', 199);

        var value = ExtendedJson.Parse(json);

        for (var i = 0; i < 199; i++)
        {
            value = value.AsDocument["a"];
        }

        value.ShouldBe(new BsonInt32(1));
        Should.Throw<ExtendedJsonException>(() => ExtendedJson.Parse(json, new ExtendedJsonReaderOptions { MaxDepth = 100 }));
        Should.Throw<ArgumentOutOfRangeException>(() => new ExtendedJsonReaderOptions { MaxDepth = 0 });
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\": 1}")];

        ExtendedJson.ParseDocument(json)["a"].ShouldBe(new BsonInt32(1));
    }

    [Fact]
    public void Escaped_keys_and_strings_are_unescaped()
    {
        var document = ExtendedJson.ParseDocument("""{"\u00e9": "\ud83d\ude00", "x": {"\u0024numberInt": "7"}}""");

        document["é"].ShouldBe(new BsonString("😀"));
        document["x"].ShouldBe(new BsonInt32(7));
    }
}
