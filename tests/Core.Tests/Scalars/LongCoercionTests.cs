using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class LongCoercionTests
{
    private readonly LongCoercion _scalar = new();

    [Fact]
    public void Serializes_an_int64_as_a_plain_number() =>
        ScalarJson.Of(_scalar.Serialize(new BsonInt64(10_000_000_000))).ShouldBe("10000000000");

    [Fact]
    public void Widens_an_int32_losslessly() => _scalar.Serialize(new BsonInt32(7)).ShouldBe(7L);

    [Fact]
    public void Serializing_a_double_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonDouble(1.0))).Message.ShouldBe("Long cannot represent a value of type 'BsonDouble'; expected BsonInt64 or BsonInt32.");

    [Theory]
    [InlineData("10000000000", 10_000_000_000L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("\"42\"", 42L)]
    public void Parses_int_and_integer_string_literals(string literal, long expected) =>
        _scalar.ParseLiteral(ScalarJson.Literal(literal), null).ShouldBe(new BsonInt64(expected));

    [Fact]
    public void Parses_json_integers_and_integer_strings_as_variables()
    {
        _scalar.ParseValue(10_000_000_000L).ShouldBe(new BsonInt64(10_000_000_000));
        _scalar.ParseValue(3).ShouldBe(new BsonInt64(3));
        _scalar.ParseValue(12.0).ShouldBe(new BsonInt64(12));
        _scalar.ParseValue("-5").ShouldBe(new BsonInt64(-5));
    }

    [Fact]
    public void Rejects_fractions_overflow_and_other_kinds()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("9223372036854775808"), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("\"1.5\""), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("1.5"), null)).Message.ShouldBe("Expected input type 'IntValue' but was 'FloatValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(1.5));
        Should.Throw<CoercionException>(() => _scalar.ParseValue(1e300));
        Should.Throw<CoercionException>(() => _scalar.ParseValue(true));
    }
}
