using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>Checks 5–8 of §2.5: enums, unions, interfaces, then the Query mapping, in that order.</summary>
public sealed class AbstractTypeValidationTests
{
    private const string UnionSchema =
        "union Course = InternalCourse | ExternalCourse type InternalCourse { title: String } type ExternalCourse { title: String } type Query { courses: [Course] }";

    private const string InterfaceSchema =
        "interface Course { title: String } type InternalCourse implements Course { title: String } type ExternalCourse implements Course { title: String } type Query { courses: [Course] }";

    private const string EnumSchema = "enum Level { ENTRY, ADVANCED } type Query { level: Level }";

    private const string CoursesQuery = """ "Query": {"courses": {"db": "d", "collection": "c"}} """;

    [Fact]
    public void An_enum_mapping_that_is_not_a_document_is_reported() =>
        ErrorOf(Load(EnumSchema, """{"Level": [0, 1], "Query": {"level": "l"}}"""))
            .ShouldBe("Error with mappings of enum: 'Level'. Enum mappings must be of type 'DOCUMENT' but was ARRAY");

    [Fact]
    public void Object_mappings_are_checked_before_enum_mappings() =>
        ErrorOf(Load(EnumSchema, """{"Level": 1, "Query": {"level": 2}}"""))
            .ShouldBe("The mapping for Query.level must be a String or a Document, but it is a INT32");

    [Theory]
    [InlineData("union", UnionSchema)]
    [InlineData("interface", InterfaceSchema)]
    public void A_missing_abstract_type_mapping_is_reported(string kind, string schema) =>
        ErrorOf(Load(schema, $$"""{ {{CoursesQuery}} }""")).ShouldBe($"Missing mappings for {kind} Course");

    [Theory]
    [InlineData("union", UnionSchema)]
    [InlineData("interface", InterfaceSchema)]
    public void An_abstract_type_mapping_that_is_not_a_document_counts_as_missing(string kind, string schema) =>
        ErrorOf(Load(schema, $$"""{"Course": "x", {{CoursesQuery}} }""")).ShouldBe($"Missing mappings for {kind} Course");

    [Theory]
    [InlineData("union", UnionSchema)]
    [InlineData("interface", InterfaceSchema)]
    public void A_missing_type_resolver_is_reported(string kind, string schema) =>
        ErrorOf(Load(schema, $$"""{"Course": {}, {{CoursesQuery}} }""")).ShouldBe($"Missing $typeResolver for {kind} Course");

    [Theory]
    [InlineData("union", UnionSchema)]
    [InlineData("interface", InterfaceSchema)]
    public void A_type_resolver_that_is_not_a_document_is_reported(string kind, string schema) =>
        ErrorOf(Load(schema, $$"""{"Course": {"$typeResolver": "x"}, {{CoursesQuery}} }"""))
            .ShouldBe($"Wrong mappings for {kind} Course: the $typeResolver is not an Object");

    [Fact]
    public void A_null_predicate_is_reported() =>
        ErrorOf(Load(UnionSchema, $$"""{"Course": {"$typeResolver": {"InternalCourse": null, "ExternalCourse": "true"} }, {{CoursesQuery}} }"""))
            .ShouldBe("null $typeResolver predicate");

    [Fact]
    public void A_predicate_that_is_not_a_string_is_reported_as_json() =>
        ErrorOf(Load(UnionSchema, $$"""{"Course": {"$typeResolver": {"InternalCourse": 1, "ExternalCourse": "true"} }, {{CoursesQuery}} }"""))
            .ShouldBe("$typeResolver predicate is not a String: 1");

    [Theory]
    [InlineData("field-equals(field=a, value=1)")]
    [InlineData("field-type(field=a, type=string)")]
    [InlineData("field-exists(a")]
    public void A_predicate_that_does_not_parse_is_reported_with_its_text(string predicate) =>
        ErrorOf(Load(InterfaceSchema, $$"""{"Course": {"$typeResolver": {"InternalCourse": "{{predicate}}", "ExternalCourse": "true"} }, {{CoursesQuery}} }"""))
            .ShouldBe($"error parsing $typeResolver predicate: {predicate}");

    [Fact]
    public void A_union_resolver_must_map_every_member() =>
        ErrorOf(Load(UnionSchema, $$"""{"Course": {"$typeResolver": {"InternalCourse": "true", "Other": "false"} }, {{CoursesQuery}} }"""))
            .ShouldBe("$typeResolver for union Course does not map all union members");

    [Fact]
    public void An_interface_resolver_must_map_every_implementation() =>
        ErrorOf(Load(InterfaceSchema, $$"""{"Course": {"$typeResolver": {"ExternalCourse": "true"} }, {{CoursesQuery}} }"""))
            .ShouldBe("$typeResolver for interface Course does not map all objects implementing it");

    [Fact]
    public void Extra_resolver_keys_that_are_not_members_are_accepted() =>
        Load(UnionSchema, $$"""{"Course": {"$typeResolver": {"InternalCourse": "true", "ExternalCourse": "false", "Other": "false"} }, {{CoursesQuery}} }""").IsValid.ShouldBeTrue();

    [Fact]
    public void Unions_are_checked_before_interfaces()
    {
        const string schema = "interface Named { name: String } union Any = Thing type Thing implements Named { name: String } type Query { any: Any }";

        ErrorOf(Load(schema, """{"Query": {"any": "a"}}""")).ShouldBe("Missing mappings for union Any");
    }

    [Fact]
    public void The_union_resolver_error_wins_over_missing_query_mappings() =>
        ErrorOf(Load(UnionSchema, """{"Course": {}}""")).ShouldBe("Missing $typeResolver for union Course");

    [Fact]
    public void Missing_query_mappings_are_reported() =>
        ErrorOf(Load(Definitions.Schema, """{"User": {"name": "n"}}"""))
            .ShouldBe("Missing or empty mappings for type Query: please provide a mapping for at least one Query field.");

    [Fact]
    public void Empty_query_mappings_are_reported() =>
        ErrorOf(Load(Definitions.Schema, """{"Query": {}}"""))
            .ShouldBe("Missing or empty mappings for type Query: please provide a mapping for at least one Query field.");

    [Fact]
    public void Query_mappings_under_escaped_storage_keys_count() =>
        Load(UnionSchema, """{"Course": {"_$typeResolver": {"InternalCourse": "true", "ExternalCourse": "false"}}, "Query": {"courses": "c"}}""").IsValid.ShouldBeTrue();
}
