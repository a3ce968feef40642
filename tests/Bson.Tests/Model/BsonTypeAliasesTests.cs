namespace Serverless.Bson.Tests.Model;

public sealed class BsonTypeAliasesTests
{
    [Theory]
    [InlineData(BsonType.Int64, "long")]
    [InlineData(BsonType.Document, "object")]
    [InlineData(BsonType.Binary, "binData")]
    [InlineData(BsonType.JavaScriptWithScope, "javascriptWithScope")]
    public void NameOf_gives_the_server_alias(BsonType type, string alias) => BsonTypeAliases.NameOf(type).ShouldBe(alias);

    [Fact]
    public void Every_bson_type_has_an_alias_that_parses_back()
    {
        foreach (var type in Enum.GetValues<BsonType>())
        {
            BsonTypeAliases.TryParse(BsonTypeAliases.NameOf(type), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(type);
        }
    }

    [Fact]
    public void Aliases_are_case_sensitive_like_the_server()
    {
        BsonTypeAliases.TryParse("Long", out _).ShouldBeFalse();
    }
}
