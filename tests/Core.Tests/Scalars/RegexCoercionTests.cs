using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class RegexCoercionTests
{
    private readonly RegexCoercion _scalar = new();

    [Fact]
    public void Serializes_a_regex_as_regular_expression_extended_json_with_sorted_options() =>
        ScalarJson.Of(_scalar.Serialize(new BsonRegularExpression("^a.*", "mi")))
            .ShouldBe("{\"$regularExpression\":{\"pattern\":\"^a.*\",\"options\":\"im\"}}");

    [Fact]
    public void Serializing_a_string_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonString("^a"))).Message.ShouldContain("BsonRegularExpression");

    [Fact]
    public void A_string_literal_or_variable_becomes_a_regex_without_options()
    {
        _scalar.ParseLiteral(ScalarJson.Literal("\"^ab+\""), null).ShouldBe(new BsonRegularExpression("^ab+"));
        _scalar.ParseValue("^ab+").ShouldBe(new BsonRegularExpression("^ab+", string.Empty));
    }

    [Fact]
    public void Rejects_non_strings()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("{a: 1}"), null)).Message.ShouldBe("Expected input type 'StringValue' but was 'ObjectValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(true));
    }
}
