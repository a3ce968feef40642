using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class Decimal128CoercionTests
{
    private readonly Decimal128Coercion _scalar = new();

    [Fact]
    public void Serializes_as_number_decimal_extended_json() =>
        ScalarJson.Of(_scalar.Serialize(new BsonDecimal128(Decimal128.Parse("123.45")))).ShouldBe("{\"$numberDecimal\":\"123.45\"}");

    [Fact]
    public void Serializing_a_double_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonDouble(1.5))).Message.ShouldContain("'BsonDouble'");

    [Theory]
    [InlineData("\"123.45\"", "123.45")]
    [InlineData("42", "42")]
    [InlineData("0.1", "0.1")]
    [InlineData("12345678901234567890123", "12345678901234567890123")]
    public void Parses_string_int_and_float_literals_exactly(string literal, string expected) =>
        _scalar.ParseLiteral(ScalarJson.Literal(literal), null).ShouldBe(new BsonDecimal128(Decimal128.Parse(expected)));

    [Fact]
    public void Parses_numbers_and_strings_as_variables()
    {
        _scalar.ParseValue(0.1).ShouldBe(new BsonDecimal128(Decimal128.Parse("0.1")));
        _scalar.ParseValue(42L).ShouldBe(new BsonDecimal128(Decimal128.FromInt64(42)));
        _scalar.ParseValue("-7.25").ShouldBe(new BsonDecimal128(Decimal128.Parse("-7.25")));
    }

    [Fact]
    public void Rejects_nan_and_non_numbers()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseValue(double.NaN));
        Should.Throw<CoercionException>(() => _scalar.ParseValue("NaN")).Message.ShouldContain("NaN is not accepted");
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("\"abc\""), null));
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("true"), null)).Message.ShouldBe("Expected input type 'StringValue, IntValue or FloatValue' but was 'BooleanValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(false));
    }
}
