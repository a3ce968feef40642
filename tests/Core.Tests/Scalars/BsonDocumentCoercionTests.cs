using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class BsonDocumentCoercionTests
{
    private readonly BsonDocumentCoercion _scalar = new();

    [Fact]
    public void Serializes_nested_values_as_relaxed_extended_json_with_millis_dates()
    {
        var document = ExtendedJson.ParseDocument("""
            {"s": "x", "i": 1, "l": {"$numberLong": "10000000000"}, "d": 1.5, "whole": 1.0, "nan": {"$numberDouble": "NaN"},
             "b": true, "n": null, "id": {"$oid": "638e119a2d91516248b4781a"}, "at": {"$date": {"$numberLong": "1639666957000"}},
             "dec": {"$numberDecimal": "123.45"}, "ts": {"$timestamp": {"t": 1, "i": 1}},
             "re": {"$regularExpression": {"pattern": "^a", "options": "i"}}, "list": [1, {"x": {"$oid": "638e119a2d91516248b4781a"}}],
             "bin": {"$binary": {"base64": "AQI=", "subType": "00"}}}
            """);
        ScalarJson.Of(_scalar.Serialize(document)).ShouldBe(
            "{\"s\":\"x\",\"i\":1,\"l\":10000000000,\"d\":1.5,\"whole\":1.0,\"nan\":{\"$numberDouble\":\"NaN\"},\"b\":true,\"n\":null," +
            "\"id\":{\"$oid\":\"638e119a2d91516248b4781a\"},\"at\":{\"$date\":1639666957000},\"dec\":{\"$numberDecimal\":\"123.45\"}," +
            "\"ts\":{\"$timestamp\":{\"t\":1,\"i\":1}},\"re\":{\"$regularExpression\":{\"pattern\":\"^a\",\"options\":\"i\"}}," +
            "\"list\":[1,{\"x\":{\"$oid\":\"638e119a2d91516248b4781a\"}}],\"bin\":{\"$binary\":{\"base64\":\"AQI=\",\"subType\":\"00\"}}}");
    }

    [Fact]
    public void Serializing_an_array_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonArray(new BsonInt32(1)))).Message.ShouldContain("'BsonArray'");

    [Fact]
    public void An_object_literal_keeps_integers_as_int32_or_int64_and_floats_as_double()
    {
        var parsed = _scalar.ParseLiteral(ScalarJson.Literal("{a: 1, big: 10000000000, f: 1.5, s: \"x\", b: true, n: null, e: RED, o: {x: [1, \"y\"]}}"), null);
        parsed.ShouldBe(new BsonDocument(
            new BsonElement("a", new BsonInt32(1)), new BsonElement("big", new BsonInt64(10_000_000_000)), new BsonElement("f", new BsonDouble(1.5)),
            new BsonElement("s", new BsonString("x")), new BsonElement("b", BsonBoolean.True), new BsonElement("n", BsonNull.Value),
            new BsonElement("e", new BsonString("RED")),
            new BsonElement("o", new BsonDocument(new BsonElement("x", new BsonArray(new BsonInt32(1), new BsonString("y")))))));
    }

    [Fact]
    public void Variables_inside_an_object_literal_are_substituted() =>
        _scalar.ParseLiteral(ScalarJson.Literal("{a: $v}"), new Dictionary<string, object?> { ["v"] = 5 })
            .ShouldBe(new BsonDocument(new BsonElement("a", new BsonInt32(5))));

    [Fact]
    public void A_json_object_variable_keeps_integers_as_integers()
    {
        var value = new Dictionary<string, object?> { ["a"] = 1L, ["big"] = 10_000_000_000L, ["f"] = 2.5, ["list"] = new List<object?> { 1L, null } };
        _scalar.ParseValue(value).ShouldBe(new BsonDocument(
            new BsonElement("a", new BsonInt32(1)), new BsonElement("big", new BsonInt64(10_000_000_000)), new BsonElement("f", new BsonDouble(2.5)),
            new BsonElement("list", new BsonArray(new BsonInt32(1), BsonNull.Value))));
    }

    [Fact]
    public void Operator_keys_are_rejected_at_any_depth_by_default()
    {
        // GraphQL names cannot start with '$', so a literal can only smuggle an operator key through a variable.
        var injected = new Dictionary<string, object?> { ["v"] = new Dictionary<string, object?> { ["$ne"] = null } };
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{name: $v}"), injected))
            .Message.ShouldBe("BsonDocument input must not contain the key \"$ne\" (at name.$ne): keys starting with '$' are MongoDB operators and are rejected to prevent operator injection.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(new Dictionary<string, object?> { ["list"] = new List<object?> { new Dictionary<string, object?> { ["$where"] = "1" } } }))
            .Message.ShouldContain("\"$where\" (at list[0].$where)");
    }

    [Fact]
    public void Operator_keys_are_accepted_when_the_schema_opts_in() =>
        new BsonDocumentCoercion(allowOperatorKeys: true).ParseValue(new Dictionary<string, object?> { ["$ne"] = null })
            .ShouldBe(new BsonDocument(new BsonElement("$ne", BsonNull.Value)));

    [Fact]
    public void Non_objects_are_rejected()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("[1]"), null)).Message.ShouldBe("Expected input type 'ObjectValue' but was 'ListValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue("{}"));
    }

    [Fact]
    public void Prints_a_default_as_an_object_literal_that_parses_back()
    {
        var document = new BsonDocument(new BsonElement("a", new BsonInt32(1)), new BsonElement("f", new BsonDouble(1.5)), new BsonElement("l", new BsonArray(new BsonString("x"))));
        _scalar.ParseLiteral(_scalar.ValueToLiteral(document).ShouldNotBeNull(), null).ShouldBe(document);
    }
}
