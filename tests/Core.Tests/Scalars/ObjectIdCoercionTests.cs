using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

public sealed class ObjectIdCoercionTests
{
    private const string Hex = "638e119a2d91516248b4781a";
    private readonly ObjectIdCoercion _scalar = new();

    [Fact]
    public void Serializes_an_object_id_as_oid_extended_json() =>
        ScalarJson.Of(_scalar.Serialize(new BsonObjectId(ObjectId.Parse(Hex)))).ShouldBe("{\"$oid\":\"638e119a2d91516248b4781a\"}");

    [Fact]
    public void Serializing_a_string_is_a_type_mismatch() =>
        Should.Throw<CoercionException>(() => _scalar.Serialize(new BsonString(Hex))).Message.ShouldBe("ObjectId cannot represent a value of type 'BsonString'; expected BsonObjectId.");

    [Fact]
    public void Parses_a_24_hex_literal_and_variable()
    {
        _scalar.ParseLiteral(ScalarJson.Literal($"\"{Hex}\""), null).ShouldBe(new BsonObjectId(ObjectId.Parse(Hex)));
        _scalar.ParseValue(Hex).ShouldBe(new BsonObjectId(ObjectId.Parse(Hex)));
    }

    [Theory]
    [InlineData("638e119a2d91516248b4781")]
    [InlineData("638e119a2d91516248b4781az")]
    [InlineData("not an id")]
    public void Rejects_strings_that_are_not_24_hex_digits(string text)
    {
        Should.Throw<CoercionException>(() => _scalar.ParseValue(text)).Message.ShouldBe("Input string is not a valid ObjectId");
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal($"\"{text}\""), null)).Message.ShouldBe("Input string is not a valid ObjectId");
    }

    [Fact]
    public void Rejects_non_string_literals_and_values()
    {
        Should.Throw<CoercionException>(() => _scalar.ParseLiteral(ScalarJson.Literal("5"), null)).Message.ShouldBe("Expected input type 'StringValue' but was 'IntValue'.");
        Should.Throw<CoercionException>(() => _scalar.ParseValue(5L));
    }

    [Fact]
    public void Prints_a_default_as_its_hex_string() =>
        _scalar.ValueToLiteral(new BsonObjectId(ObjectId.Parse(Hex))).ShouldBeOfType<Serverless.GraphQL.Language.StringValueNode>().Value.ShouldBe(Hex);
}
