using Serverless.Bson;
using Serverless.Core.Definitions;
using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>§2.4: RESTHeart's escaped storage form and the raw form load to the same model.</summary>
public sealed class StorageEscapingTests
{
    private const string SchemaWithEverything =
        "enum Level { ENTRY } union Course = A | B type A { a: Int } type B { b: Int } " +
        "type Query { courses(level: Level): [Course], stats: [A], byCategory: [B] }";

    private const string RawMappings = """
        {
          "Level": {"ENTRY": "$entry"},
          "Course": {"$typeResolver": {"A": "field-exists(sub.a)", "B": "not field-exists(sub.a)"}},
          "Query": {
            "courses": {"db": "d", "collection": "c", "find": {"sub.external": {"$arg": ["level", null]}, "tag": "$tag"}},
            "stats": {"db": "d", "collection": "c", "stages": [{"$match": {"x.y": {"$fk": "a.b"}}}, {"$ifarg": ["l", {"$group": {"_id": "$category"}}]}]},
            "byCategory": "sub.b"
          }
        }
        """;

    private const string EscapedMappings = """
        {
          "Level": {"ENTRY": "_$entry"},
          "Course": {"_$typeResolver": {"A": "field-exists(sub.a)", "B": "not field-exists(sub.a)"}},
          "Query": {
            "courses": {"db": "d", "collection": "c", "find": {"sub::external": {"_$arg": ["level", null]}, "tag": "_$tag"}},
            "stats": {"db": "d", "collection": "c", "stages": [{"_$match": {"x::y": {"_$fk": "a.b"}}}, {"_$ifarg": ["l", {"_$group": {"_id": "_$category"}}]}]},
            "byCategory": "sub.b"
          }
        }
        """;

    [Fact]
    public void Escaped_and_raw_definitions_give_the_same_model()
    {
        var raw = DefinitionOf(Load(SchemaWithEverything, RawMappings)).Mappings;
        var escaped = DefinitionOf(Load(SchemaWithEverything, EscapedMappings)).Mappings;

        escaped.Enums["Level"].Values.ShouldBe(raw.Enums["Level"].Values);
        escaped.AbstractTypes["Course"].Rules.ShouldBe(raw.AbstractTypes["Course"].Rules);
        var rawQuery = raw.ObjectTypes["Query"];
        var escapedQuery = escaped.ObjectTypes["Query"];
        ((QueryMapping)escapedQuery.Find("courses")!).Find.ShouldBe(((QueryMapping)rawQuery.Find("courses")!).Find);
        ((AggregationMapping)escapedQuery.Find("stats")!).Stages.ShouldBe(((AggregationMapping)rawQuery.Find("stats")!).Stages);
        escapedQuery.Find("byCategory").ShouldBe(rawQuery.Find("byCategory"));
    }

    [Fact]
    public void Unescaping_restores_operators_dotted_keys_and_dollar_strings()
    {
        var stats = (AggregationMapping)DefinitionOf(Load(SchemaWithEverything, EscapedMappings)).Mappings.ObjectTypes["Query"].Find("stats")!;

        stats.Stages[0].ShouldBe(ExtendedJson.ParseDocument("""{"$match": {"x.y": {"$fk": "a.b"}}}"""));
        stats.Stages[1].ShouldBe(ExtendedJson.ParseDocument("""{"$ifarg": ["l", {"$group": {"_id": "$category"}}]}"""));
    }
}
