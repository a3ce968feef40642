using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class TimestampCoercionTests
{
    private readonly TimestampCoercion _scalar = new();

    [Fact]
    public void Serializes_as_timestamp_extended_json() =>
        ScalarJson.Of(_scalar.Serialize(new BsonTimestamp(1, 2))).ShouldBe("{\"$timestamp\":{\"t\":1,\"i\":2}}");

    [Fact]
    public void Serializing_an_int64_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonInt64(1))).Message.ShouldContain("'BsonInt64'");

    [Fact]
    public void Parses_t_i_object_literals_and_values()
    {
        _scalar.ParseLiteral(ScalarJson.Literal("{t: 1639666957, i: 3}"), null).ShouldBe(new BsonTimestamp(1_639_666_957, 3));
        _scalar.ParseValue(new Dictionary<string, object?> { ["t"] = 4294967295L, ["i"] = 0L }).ShouldBe(new BsonTimestamp(uint.MaxValue, 0));
    }

    [Fact]
    public void Parses_a_long_as_the_whole_64_bit_value()
    {
        _scalar.ParseLiteral(ScalarJson.Literal("4294967298"), null).ShouldBe(new BsonTimestamp(1, 2));
        _scalar.ParseLiteral(ScalarJson.Literal("\"4294967298\""), null).ShouldBe(new BsonTimestamp(1, 2));
        _scalar.ParseValue(4_294_967_298L).ShouldBe(new BsonTimestamp(1, 2));
    }

    [Fact]
    public void Rejects_bad_shapes_and_out_of_range_parts()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{t: 1}"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{t: 1, i: 2, x: 3}"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{t: -1, i: 2}"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{t: \"1\", i: 2}"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{t: 4294967296, i: 2}"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("-1"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("1.5"), null)).Message.ShouldBe("Expected input type 'ObjectValue or IntValue' but was 'FloatValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(true));
    }

    [Fact]
    public void Prints_a_default_as_a_t_i_object_that_parses_back()
    {
        var literal = _scalar.ValueToLiteral(new BsonTimestamp(5, 6)).ShouldNotBeNull();
        _scalar.ParseLiteral(literal, null).ShouldBe(new BsonTimestamp(5, 6));
    }
}
