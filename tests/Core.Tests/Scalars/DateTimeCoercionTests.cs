using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class DateTimeCoercionTests
{
    private readonly DateTimeCoercion _scalar = new();

    [Fact]
    public void Serializes_as_date_with_epoch_millis_number_not_iso() =>
        ScalarJson.Of(_scalar.Serialize(new BsonDateTime(1_639_666_957_000))).ShouldBe("{\"$date\":1639666957000}");

    [Fact]
    public void Serializing_a_string_holding_a_date_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonString("2021-01-01T00:00:00Z"))).Message.ShouldBe("DateTime cannot represent a value of type 'BsonString'; expected BsonDateTime.");

    [Theory]
    [InlineData("2021-01-01T00:00:00Z", 1_609_459_200_000L)]
    [InlineData("2021-01-01T01:00:00+01:00", 1_609_459_200_000L)]
    [InlineData("2021-01-01T00:00:00.123Z", 1_609_459_200_123L)]
    [InlineData("2021-01-01T00:00:00.123456789Z", 1_609_459_200_123L)]
    [InlineData("2021-01-01T00:00Z", 1_609_459_200_000L)]
    [InlineData("1639666957000", 1_639_666_957_000L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Parses_iso_with_offset_or_epoch_millis_strings(string text, long millis)
    {
        _scalar.ParseLiteral(ScalarJson.Literal($"\"{text}\""), null).ShouldBe(new BsonDateTime(millis));
        _scalar.ParseValue(text).ShouldBe(new BsonDateTime(millis));
    }

    [Theory]
    [InlineData("2021-01-01T00:00:00")]
    [InlineData("2021-01-01")]
    [InlineData("yesterday")]
    [InlineData("2021-13-01T00:00:00Z")]
    public void Rejects_strings_without_offset_or_millis(string text)
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal($"\"{text}\""), null)).Message.ShouldBe("Input string is not a valid date.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(text)).Message.ShouldBe("Input string is not a valid date.");
    }

    [Fact]
    public void Prints_a_default_as_a_millis_string_that_parses_back()
    {
        var date = new BsonDateTime(long.MinValue);
        _scalar.ParseLiteral(_scalar.ValueToLiteral(date).ShouldNotBeNull(), null).ShouldBe(date);
    }

    [Fact]
    public void A_json_number_of_millis_is_accepted_as_a_variable() =>
        _scalar.ParseValue(1_639_666_957_000L).ShouldBe(new BsonDateTime(1_639_666_957_000));

    [Fact]
    public void Non_string_literals_and_fractional_numbers_are_type_errors()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("1639666957000"), null)).Message.ShouldBe("Expected input type 'StringValue' but was 'IntValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(1.5));
        Should.Throw<CoercionException>(() => _scalar.ParseValue(true));
    }
}
