using Serverless.Bson;
using Serverless.Core.Resolution;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Resolution;

/// <summary>§12.1 result coercion of BSON values for Int, Float, String, Boolean and ID, with lossless widening.</summary>
public sealed class SpecifiedScalarResultsTests
{
    public static TheoryData<BsonValue, int> LosslessInts => new()
    {
        { new BsonInt32(7), 7 },
        { new BsonInt64(-2147483648L), int.MinValue },
        { new BsonDouble(42.0), 42 },
    };

    [Theory]
    [MemberData(nameof(LosslessInts))]
    public void Int_accepts_Int32_and_lossless_Int64_and_whole_doubles(BsonValue value, int expected) =>
        SpecifiedScalarResults.Adapt(ScalarType.Int, value).ShouldBe(expected);

    [Theory]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    public void Int_rejects_Int64_beyond_32_bits(long value) =>
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Int, new BsonInt64(value)))
            .Message.ShouldContain("BsonInt64");

    [Fact]
    public void Int_rejects_fractional_doubles_and_strings_naming_both_types()
    {
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Int, new BsonDouble(1.5))).Message.ShouldContain("BsonDouble");
        var message = Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Int, new BsonString("1"))).Message;
        message.ShouldContain("BsonString");
        message.ShouldContain("BsonInt32");
    }

    [Fact]
    public void Float_accepts_doubles_integers_and_exact_decimals()
    {
        SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonDouble(3.5)).ShouldBe(3.5);
        SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonInt32(4)).ShouldBe(4.0);
        SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonInt64(1L << 40)).ShouldBe((double)(1L << 40));
        SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonDecimal128(Decimal128.Parse("1.25"))).ShouldBe(1.25);
    }

    [Fact]
    public void Float_rejects_inexact_decimals_and_large_odd_Int64()
    {
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonDecimal128(Decimal128.Parse("0.1"))));
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonInt64((1L << 53) + 1)));
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Float, new BsonString("1.5")));
    }

    [Fact]
    public void String_and_Boolean_accept_only_their_own_BSON_type()
    {
        SpecifiedScalarResults.Adapt(ScalarType.String, new BsonString("x")).ShouldBe("x");
        SpecifiedScalarResults.Adapt(ScalarType.Boolean, BsonBoolean.Create(true)).ShouldBe(true);
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.String, new BsonInt32(1))).Message.ShouldContain("BsonString");
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.Boolean, new BsonString("true"))).Message.ShouldContain("BsonBoolean");
    }

    [Fact]
    public void ID_is_the_string_the_ObjectId_hex_or_the_decimal_number()
    {
        SpecifiedScalarResults.Adapt(ScalarType.ID, new BsonString("abc")).ShouldBe("abc");
        SpecifiedScalarResults.Adapt(ScalarType.ID, new BsonObjectId(ObjectId.Parse("638e119a2d91516248b4781a"))).ShouldBe("638e119a2d91516248b4781a");
        SpecifiedScalarResults.Adapt(ScalarType.ID, new BsonInt32(12)).ShouldBe("12");
        SpecifiedScalarResults.Adapt(ScalarType.ID, new BsonInt64(12345678901L)).ShouldBe("12345678901");
        Should.Throw<CoercionException>(() => SpecifiedScalarResults.Adapt(ScalarType.ID, BsonBoolean.Create(true)));
    }

    [Fact]
    public void BSON_null_is_null_and_CLR_values_pass_through()
    {
        SpecifiedScalarResults.Adapt(ScalarType.String, BsonNull.Value).ShouldBeNull();
        SpecifiedScalarResults.Adapt(ScalarType.Int, 5L).ShouldBe(5L);
    }
}
