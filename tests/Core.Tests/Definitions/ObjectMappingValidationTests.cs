using Serverless.Core.Definitions;
using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>Check 4 of §2.5: object-type mappings, field by field, with RESTHeart's texts.</summary>
public sealed class ObjectMappingValidationTests
{
    [Fact]
    public void A_type_mapping_that_is_not_a_document_is_reported() =>
        ErrorOf(Load(Schema, """{"User": "x", "Query": {"users": {"db": "d", "collection": "c"}}}"""))
            .ShouldBe("Error with mappings of type: User. Type mappings must be of type Object but was STRING");

    [Fact]
    public void A_field_mapping_that_is_neither_string_nor_document_is_reported() =>
        ErrorOf(Load(Schema, """{"Query": {"users": 5}}"""))
            .ShouldBe("The mapping for Query.users must be a String or a Document, but it is a INT32");

    [Fact]
    public void A_missing_db_is_reported() =>
        ErrorOf(LoadUsersMapping("""{"collection": "c"}""")).ShouldBe("The mapping for Query.users does not specify the property 'db'");

    [Fact]
    public void A_missing_collection_is_reported() =>
        ErrorOf(LoadUsersMapping("""{"db": "d"}""")).ShouldBe("The mapping for Query.users does not specify the property 'collection'");

    [Fact]
    public void A_missing_db_is_reported_before_a_missing_collection() =>
        ErrorOf(LoadUsersMapping("{}")).ShouldBe("The mapping for Query.users does not specify the property 'db'");

    [Fact]
    public void A_missing_collection_is_reported_before_a_db_of_the_wrong_type() =>
        ErrorOf(LoadUsersMapping("""{"db": 1}""")).ShouldBe("The mapping for Query.users does not specify the property 'collection'");

    [Fact]
    public void A_db_that_is_not_a_string_is_reported() =>
        ErrorOf(LoadUsersMapping("""{"db": 1, "collection": "c"}"""))
            .ShouldBe("The mapping for Query.users requires the property 'db' to be a string but it is a INT32");

    [Fact]
    public void A_collection_that_is_not_a_string_names_collection_not_db() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": true}"""))
            .ShouldBe("The mapping for Query.users requires the property 'collection' to be a string but it is a BOOLEAN");

    [Fact]
    public void A_foreign_db_is_rejected_when_mapping_dbs_are_restricted() =>
        ErrorOf(LoadUsersMapping("""{"db": "other", "collection": "c"}""", new DefinitionOptions { RestrictMappingDb = true, AppDefinitionDb = "apps" }))
            .ShouldBe("The mapping for Query.users uses db 'other' but the GraphQL app definition is stored in db 'apps'. When 'restrict-mapping-db' is enabled, all mappings must use the same database as the app definition.");

    [Fact]
    public void A_foreign_db_is_accepted_without_the_restriction() =>
        LoadUsersMapping("""{"db": "other", "collection": "c"}""").IsValid.ShouldBeTrue();

    [Fact]
    public void Stages_that_are_not_an_array_name_stages_not_db() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "stages": {}}"""))
            .ShouldBe("The mapping for Query.users requires the property 'stages' to be a ARRAY but it is a DOCUMENT");

    [Fact]
    public void A_stage_that_is_not_a_document_is_rejected() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "stages": [{"$match": {}}, 1]}"""))
            .ShouldBe("The mapping for Query.users requires every element of 'stages' to be a Object but one is a INT32");

    [Fact]
    public void Allow_disk_use_must_be_a_boolean() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "stages": [], "allowDiskUse": 1}"""))
            .ShouldBe("The mapping for Query.users requires the property 'allowDiskUse' to be a Boolean but it is a INT32");

    [Theory]
    [InlineData("find")]
    [InlineData("sort")]
    [InlineData("dataLoader")]
    public void Query_documents_of_the_wrong_type_are_reported(string property) =>
        ErrorOf(LoadUsersMapping($$"""{"db": "d", "collection": "c", "{{property}}": "x"}"""))
            .ShouldBe($"The mapping for Query.users requires the property '{property}' to be a Object but it is a STRING");

    [Fact]
    public void A_limit_above_max_limit_keeps_restheart_spelling() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "limit": 1001}"""))
            .ShouldBe("Error with field 'limit' of type Query, value cannot be grater than 1000");

    [Fact]
    public void Max_limit_is_configurable() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "limit": 51}""", new DefinitionOptions { MaxLimit = 50 }))
            .ShouldBe("Error with field 'limit' of type Query, value cannot be grater than 50");

    [Fact]
    public void A_limit_equal_to_max_limit_is_accepted() =>
        LoadUsersMapping("""{"db": "d", "collection": "c", "limit": 1000}""").IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("""{"$numberLong": "5"}""", "INT64")]
    [InlineData("5.5", "DOUBLE")]
    [InlineData("\"5\"", "STRING")]
    public void A_limit_that_is_not_an_int32_or_document_is_reported(string limit, string type) =>
        ErrorOf(LoadUsersMapping($$"""{"db": "d", "collection": "c", "limit": {{limit}}}"""))
            .ShouldBe($"The mapping for Query.users requires the property 'limit' to be a Object but it is a {type}");

    [Fact]
    public void A_negative_limit_is_rejected() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "limit": -1}"""))
            .ShouldBe("Error with field 'limit' of type Query, value cannot be negative");

    [Fact]
    public void A_negative_skip_is_rejected() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "skip": -1}"""))
            .ShouldBe("Error with field 'skip' of type Query, value cannot be negative");

    [Fact]
    public void A_non_int32_numeric_skip_is_rejected_at_definition_time() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "skip": 1.5}"""))
            .ShouldBe("The mapping for Query.users requires the property 'skip' to be a Int32 but it is a DOUBLE");

    [Fact]
    public void A_skip_of_another_type_is_reported() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "skip": "1"}"""))
            .ShouldBe("The mapping for Query.users requires the property 'skip' to be a Object but it is a STRING");

    [Theory]
    [InlineData("0")]
    [InlineData("{\"$arg\": \"limit\"}")]
    [InlineData("{\"$arg\": [\"options.limit\", 10]}")]
    public void Zero_and_argument_limits_are_accepted_at_definition_time(string limit) =>
        LoadUsersMapping($$"""{"db": "d", "collection": "c", "limit": {{limit}}}""").IsValid.ShouldBeTrue();

    [Fact]
    public void Mappings_keyed_by_introspection_types_are_ignored() =>
        Load(Schema, """{"__Schema": 5, "Query": {"users": "u"}}""").IsValid.ShouldBeTrue();

    [Fact]
    public void Mappings_of_unknown_types_are_ignored() =>
        Load(Schema, """{"Nope": 5, "Query": {"users": {"db": "d", "collection": "c"}}}""").IsValid.ShouldBeTrue();

    [Fact]
    public void Mappings_of_unknown_fields_are_still_checked_and_kept()
    {
        ErrorOf(Load(Schema, """{"Query": {"users": "u", "ghost": 1}}""")).ShouldBe("The mapping for Query.ghost must be a String or a Document, but it is a INT32");
        DefinitionOf(Load(Schema, """{"Query": {"users": "u", "ghost": "g"}}""")).Mappings.ObjectTypes["Query"].Find("ghost").ShouldNotBeNull();
    }

    [Fact]
    public void Types_are_checked_in_mapping_order() =>
        ErrorOf(Load(Schema, """{"Post": {"text": 1}, "User": {"name": 2}, "Query": {"users": "u"}}"""))
            .ShouldBe("The mapping for Post.text must be a String or a Document, but it is a INT32");

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(100, -1)]
    public void Non_positive_configured_limits_are_rejected(int defaultLimit, int maxLimit) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DefinitionOptions { DefaultLimit = defaultLimit, MaxLimit = maxLimit });
}
