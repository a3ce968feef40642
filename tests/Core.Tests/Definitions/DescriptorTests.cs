using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>Reference §2.1: descriptor defaults, uri fallback and normalisation, and its two messages.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public void A_missing_descriptor_means_enabled_with_an_empty_description_served_at_the_id()
    {
        var descriptor = DefinitionOf(Load($$"""{"_id": "my-app", "schema": "{{Schema}}", "mappings": {{QueryMappings}}}""")).Descriptor;

        descriptor.Enabled.ShouldBeTrue();
        descriptor.Description.ShouldBe(string.Empty);
        descriptor.Uri.ShouldBe("my-app");
    }

    [Fact]
    public void Missing_descriptor_fields_take_their_defaults()
    {
        var descriptor = DefinitionOf(Load($$"""{"_id": "x", "descriptor": {"name": "ignored"}, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}""")).Descriptor;

        descriptor.ShouldBe(new Serverless.Core.Definitions.AppDescriptor("x", Enabled: true, Description: string.Empty));
    }

    [Fact]
    public void Descriptor_fields_are_read()
    {
        var descriptor = DefinitionOf(Load($$"""{"_id": 7, "descriptor": {"uri": "v1/users", "enabled": false, "description": "d"}, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}""")).Descriptor;

        descriptor.ShouldBe(new Serverless.Core.Definitions.AppDescriptor("v1/users", Enabled: false, Description: "d"));
    }

    [Theory]
    [InlineData("/v1/users", "v1/users")]
    [InlineData("v1/users/", "v1/users")]
    [InlineData("//v1/users//", "v1/users")]
    [InlineData("plain", "plain")]
    public void Uris_lose_leading_and_trailing_slashes(string stored, string expected) =>
        DefinitionOf(Load($$"""{"descriptor": {"uri": "{{stored}}"}, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}""")).Descriptor.Uri.ShouldBe(expected);

    [Fact]
    public void The_id_used_as_uri_is_normalised_too() =>
        DefinitionOf(Load($$"""{"_id": "/app/", "schema": "{{Schema}}", "mappings": {{QueryMappings}}}""")).Descriptor.Uri.ShouldBe("app");

    [Fact]
    public void Without_id_and_uri_there_is_no_uri() =>
        DefinitionOf(Load($$"""{"schema": "{{Schema}}", "mappings": {{QueryMappings}}}""")).Descriptor.Uri.ShouldBeNull();

    [Fact]
    public void A_descriptor_that_is_not_a_document_is_reported_with_its_bson_type() =>
        ErrorOf(Load($$"""{"_id": "a", "descriptor": 3, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}"""))
            .ShouldBe("'Descriptor' field must be an Object but was INT32");

    [Theory]
    [InlineData("""{"uri": 1}""")]
    [InlineData("""{"enabled": "yes"}""")]
    [InlineData("""{"description": false}""")]
    [InlineData("""{"uri": "/"}""")]
    public void A_descriptor_field_of_the_wrong_type_is_an_error_with_the_descriptor(string descriptor) =>
        ErrorOf(Load($$"""{"_id": "a", "descriptor": {{descriptor}}, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}"""))
            .ShouldBe("Error with GraphQL App Descriptor");

    [Fact]
    public void Without_a_uri_a_non_string_id_is_an_error_with_the_descriptor() =>
        ErrorOf(Load($$"""{"_id": {"$oid": "638e119a2d91516248b4781a"}, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}"""))
            .ShouldBe("Error with GraphQL App Descriptor");

    [Fact]
    public void With_a_uri_any_id_type_is_accepted() =>
        Load($$"""{"_id": {"$oid": "638e119a2d91516248b4781a"}, "descriptor": {"uri": "u"}, "schema": "{{Schema}}", "mappings": {{QueryMappings}}}""").IsValid.ShouldBeTrue();

    [Fact]
    public void The_descriptor_is_checked_before_the_schema() =>
        ErrorOf(Load("""{"descriptor": [], "schema": 5}""")).ShouldBe("'Descriptor' field must be an Object but was ARRAY");
}
