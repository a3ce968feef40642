using Serverless.Bson;
using Serverless.Core.Definitions;
using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>What the loaded model holds for each kind of mapping (§5–§7, §9.1, §10, §11).</summary>
public sealed class MappingModelTests
{
    [Fact]
    public void A_string_field_mapping_is_a_field_path() =>
        DefinitionOf(Load(Schema, """{"User": {"name": "contacts.emails.0"}, "Query": {"users": "u"}}""")).Mappings.ObjectTypes["User"].Find("name")
            .ShouldBe(new FieldPathMapping("User", "name", "contacts.emails.0"));

    [Fact]
    public void A_query_mapping_keeps_its_parts()
    {
        var mapping = DefinitionOf(LoadUsersMapping("""{"db": "d", "collection": "c", "find": {"a": {"$arg": "a"}}, "sort": {"_id": -1}, "skip": 2, "limit": 10, "dataLoader": {"batching": true, "caching": true, "maxBatchSize": 20}}"""))
            .Mappings.ObjectTypes["Query"].Find("users").ShouldBeOfType<QueryMapping>();

        mapping.Db.ShouldBe("d");
        mapping.Collection.ShouldBe("c");
        mapping.Find.ShouldBe(ExtendedJson.ParseDocument("""{"a": {"$arg": "a"}}"""));
        mapping.Sort.ShouldBe(ExtendedJson.ParseDocument("""{"_id": -1}"""));
        mapping.Skip.ShouldBe((BsonValue)2);
        mapping.Limit.ShouldBe((BsonValue)10);
        mapping.DataLoader.ShouldBe(new DataLoaderSettings(Batching: true, Caching: true, MaxBatchSize: 20));
    }

    [Fact]
    public void A_query_mapping_without_limit_gets_the_configured_default_limit()
    {
        QueryMapping Users(DefinitionOptions? options) => (QueryMapping)DefinitionOf(LoadUsersMapping("""{"db": "d", "collection": "c"}""", options))
            .Mappings.ObjectTypes["Query"].Find("users")!;

        Users(null).Limit.ShouldBe((BsonValue)100);
        Users(new DefinitionOptions { DefaultLimit = 25 }).Limit.ShouldBe((BsonValue)25);
        Users(null).Find.ShouldBeNull();
        Users(null).DataLoader.ShouldBe(DataLoaderSettings.None);
    }

    [Fact]
    public void Max_batch_size_is_ignored_unless_batching_is_a_boolean() =>
        ((QueryMapping)DefinitionOf(LoadUsersMapping("""{"db": "d", "collection": "c", "dataLoader": {"caching": true, "maxBatchSize": 20}}"""))
            .Mappings.ObjectTypes["Query"].Find("users")!).DataLoader.ShouldBe(new DataLoaderSettings(Batching: false, Caching: true, MaxBatchSize: 0));

    [Fact]
    public void An_aggregation_mapping_keeps_its_stages_in_order()
    {
        var mapping = DefinitionOf(LoadUsersMapping("""{"db": "d", "collection": "c", "stages": [{"$match": {"a": 1}}, {"$limit": 2}], "allowDiskUse": true}"""))
            .Mappings.ObjectTypes["Query"].Find("users").ShouldBeOfType<AggregationMapping>();

        mapping.Stages.Select(stage => stage.Names.Single()).ShouldBe(["$match", "$limit"]);
        mapping.AllowDiskUse.ShouldBeTrue();
        mapping.DataLoader.ShouldBe(DataLoaderSettings.None);
    }

    [Fact]
    public void Enum_mappings_keep_declared_values_and_default_others_to_their_name()
    {
        var level = DefinitionOf(Load("enum Level { ENTRY, MEDIUM, ADVANCED } type Query { level: Level }", """{"Level": {"ENTRY": 0, "ADVANCED": {"$oid": "638e119a2d91516248b4781a"}, "EXTRA": 9}, "Query": {"level": "l"}}"""))
            .Mappings.Enums["Level"];

        level.InternalValue("ENTRY").ShouldBe((BsonValue)0);
        level.InternalValue("ADVANCED").ShouldBeOfType<BsonObjectId>();
        level.InternalValue("MEDIUM").ShouldBe((BsonValue)"MEDIUM");
        level.Values.Keys.ShouldNotContain("EXTRA");
    }

    [Fact]
    public void Type_resolver_rules_keep_declaration_order()
    {
        const string schema = "union U = B | A | C type A { a: Int } type B { b: Int } type C { c: Int } type Query { u: U }";
        var rules = DefinitionOf(Load(schema, """{"U": {"$typeResolver": {"C": "field-exists(c)", "A": "field-exists(a)", "B": "true"}}, "Query": {"u": "u"}}"""))
            .Mappings.AbstractTypes["U"].Rules;

        rules.Select(rule => rule.TypeName).ShouldBe(["C", "A", "B"]);
        rules[0].PredicateText.ShouldBe("field-exists(c)");
        rules[0].Predicate.Evaluate(ExtendedJson.ParseDocument("""{"c": 1}""")).ShouldBeTrue();
    }

    [Fact]
    public void The_id_and_schema_text_are_kept()
    {
        var definition = DefinitionOf(Load(Schema, QueryMappings));

        definition.Id.ShouldBe((BsonValue)"app");
        definition.Schema.ShouldBe(Schema);
        definition.SdlWithBsonScalars.ShouldBe("scalar ObjectId scalar Decimal128 scalar Timestamp scalar BsonDocument scalar DateTime scalar Regex scalar Long " + Schema);
    }
}
