using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>Reference §2.3 and checks 2, 3 and 9 of §2.5.</summary>
public sealed class SchemaValidationTests
{
    [Fact]
    public void A_schema_that_is_not_a_string_is_reported_with_its_own_type() =>
        ErrorOf(Load($$"""{"_id": "a", "descriptor": {}, "schema": 42, "mappings": {{QueryMappings}}}"""))
            .ShouldBe("'Schema' field must be a String but was INT32");

    [Fact]
    public void A_missing_schema_is_an_invalid_graphql_schema() =>
        ErrorOf(Load($$"""{"_id": "a", "mappings": {{QueryMappings}}}""")).ShouldStartWith("Invalid GraphQL schema: Syntax Error");

    [Fact]
    public void An_sdl_syntax_error_is_an_invalid_graphql_schema() =>
        ErrorOf(Load("type Query { users: [User] ", QueryMappings)).ShouldStartWith("Invalid GraphQL schema: Syntax Error");

    [Fact]
    public void A_reference_to_an_unknown_type_is_an_invalid_graphql_schema() =>
        ErrorOf(Load("type Query { users: [Nope] }", QueryMappings)).ShouldStartWith("Invalid GraphQL schema: ");

    [Theory]
    [InlineData("ObjectId")]
    [InlineData("Long")]
    [InlineData("BsonDocument")]
    public void Redeclaring_a_predeclared_bson_scalar_is_an_invalid_graphql_schema(string scalar) =>
        ErrorOf(Load($"scalar {scalar} {Schema}", QueryMappings)).ShouldStartWith("Invalid GraphQL schema: ");

    [Fact]
    public void The_seven_bson_scalars_are_predeclared()
    {
        var sdl = "type Thing { a: ObjectId, b: Long, c: Decimal128, d: DateTime, e: Timestamp, f: Regex, g: BsonDocument } type Query { things: [Thing] }";

        Load(sdl, """{"Query": {"things": {"db": "d", "collection": "c"}}}""").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_custom_scalar_without_implementation_fails_the_last_check() =>
        ErrorOf(Load("scalar Money type Query { price: Money }", """{"Query": {"price": "p"}}"""))
            .ShouldBe("Invalid GraphQL schema: There is no scalar implementation for the named 'Money' scalar type");

    [Fact]
    public void A_custom_scalar_is_reported_after_the_query_mapping_check() =>
        ErrorOf(Load("scalar Money type Query { price: Money }", "{}"))
            .ShouldStartWith("Missing or empty mappings for type Query");

    [Fact]
    public void Missing_mappings_are_reported() =>
        ErrorOf(Load($$"""{"_id": "a", "schema": "{{Schema}}"}"""))
            .ShouldBe("Missing mappings: please provide a mapping for at least one Query.");

    [Fact]
    public void Mappings_that_are_not_a_document_are_reported_with_their_type() =>
        ErrorOf(Load(Schema, "[]")).ShouldBe("'mappings' field must be an Object but was ARRAY");

    [Fact]
    public void The_schema_is_checked_before_the_mappings() =>
        ErrorOf(Load("""{"_id": "a", "schema": "type"}""")).ShouldStartWith("Invalid GraphQL schema: ");
}
