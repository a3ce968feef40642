using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// specs/restheart/enum-union-interface end to end: enum mappings both ways with type-sensitive BSON equality
/// (§10), interface and union resolution by <c>$typeResolver</c> predicates in declaration order (§11).
/// </summary>
public sealed class EnumUnionInterfaceTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    private const string TypeNames = """
        {"data":{"AllCourses":[{"__typename":"InternalCourse","title":"RESTHeart Core Plugins development"},{"__typename":"InternalCourse","title":"RESTHeart Security"},{"__typename":"InternalCourse","title":"RESTHeart REST API"},{"__typename":"ExternalCourse","title":"MongoDB for Developers","deliveredBy":"MongoDB"},{"__typename":"ExternalCourse","title":"MongoDB for Administrators","deliveredBy":"MongoDB"},{"__typename":"InternalCourse","title":"RESTHeart Overview"}]}}
        """;

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Enum_outputs_map_stored_values_to_names()
    {
        var app = server.Compile("enum-union-interface/enumTestApp.json");

        var result = await RestheartDataServer.RunAsync(app, "{ AllCourses { title theLevel status likes } }");

        result.Result.ToJson().ShouldBe("""
            {"data":{"AllCourses":[{"title":"RESTHeart Core Plugins development","theLevel":"ADVANCED","status":"ACTIVE","likes":"XXXX"},{"title":"RESTHeart Security","theLevel":"MEDIUM","status":"ACTIVE","likes":"X"},{"title":"RESTHeart REST API","theLevel":"MEDIUM","status":"ACTIVE","likes":"XXXX"},{"title":"RESTHeart Overview","theLevel":"ENTRY","status":"ARCHIVED","likes":"XX"}]}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Enum_arguments_interpolate_their_mapped_BSON_value()
    {
        var definition = RestheartDataServer.Definition("enum-union-interface/enumTestApp.json");
        definition = definition
            .With("schema", definition["schema"].AsString.Replace("type Query{ AllCourses: [Course] }", "type Query{ AllCourses: [Course] ByLevel(level: Level): [Course] }", StringComparison.Ordinal))
            .With("mappings", definition["mappings"].AsDocument.With("Query", definition["mappings"].AsDocument["Query"].AsDocument.With("ByLevel", ExtendedJson.ParseDocument("""
                {"db": "test-graphql", "collection": "courses", "find": {"level": {"$arg": "level"}}, "sort": {"_id": 1}}
                """))));
        var app = server.Compile(definition);

        var result = await RestheartDataServer.RunAsync(app, "{ ByLevel(level: MEDIUM) { title theLevel } }");

        result.Result.ToJson().ShouldBe("""{"data":{"ByLevel":[{"title":"RESTHeart REST API","theLevel":"MEDIUM"},{"title":"RESTHeart Security","theLevel":"MEDIUM"}]}}""");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Enum_matching_is_type_sensitive_so_Int64_and_Double_values_are_errors()
    {
        await server.InsertAsync("test-graphql", "courses-typed",
        [
            ExtendedJson.ParseDocument("""{"_id": 1, "title": "int32", "level": 1}"""),
            ExtendedJson.ParseDocument("""{"_id": 2, "title": "int64", "level": {"$numberLong": "1"}}"""),
            ExtendedJson.ParseDocument("""{"_id": 3, "title": "double", "level": 2.0}"""),
        ]);
        var definition = RestheartDataServer.Definition("enum-union-interface/enumTestApp.json");
        var query = definition["mappings"].AsDocument["Query"].AsDocument["AllCourses"].AsDocument.With("collection", "courses-typed").With("sort", new BsonDocument(new BsonElement("_id", 1)));
        var app = server.Compile(definition.With("mappings", definition["mappings"].AsDocument.With("Query", new BsonDocument(new BsonElement("AllCourses", query)))));

        var result = await RestheartDataServer.RunAsync(app, "{ AllCourses { title theLevel } }");

        result.Result.Data!["AllCourses"].ShouldBeOfType<object?[]>().Length.ShouldBe(3);
        result.Result.ToJson().ShouldContain("""{"title":"int32","theLevel":"MEDIUM"},{"title":"int64","theLevel":null},{"title":"double","theLevel":null}""");
        result.Result.Errors.Select(error => string.Join('.', error.Path!)).ShouldBe(["AllCourses.1.theLevel", "AllCourses.2.theLevel"]);
    }

    [SharedDataTheory(RestheartDataServer.Folder)]
    [InlineData("enum-union-interface/interfaceTestApp.json")]
    [InlineData("enum-union-interface/unionTestApp.json")]
    public async Task Abstract_types_resolve_by_their_predicates(string file)
    {
        var app = server.Compile(file);

        var result = await RestheartDataServer.RunAsync(app, "{ AllCourses { __typename ... on InternalCourse { title } ... on ExternalCourse { title deliveredBy } } }");

        result.Result.ToJson().ShouldBe(TypeNames.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_value_no_predicate_matches_is_a_field_error()
    {
        var definition = RestheartDataServer.Definition("enum-union-interface/unionTestApp.json");
        var resolver = ExtendedJson.ParseDocument("""{"$typeResolver": {"InternalCourse": "field-exists(nothing)", "ExternalCourse": "field-eq(field=sub.external, value=true)"}}""");
        var app = server.Compile(definition.With("mappings", definition["mappings"].AsDocument.With("Course", resolver)));

        var result = await RestheartDataServer.RunAsync(app, "{ AllCourses { __typename } }");

        var courses = result.Result.Data!["AllCourses"].ShouldBeOfType<object?[]>();
        courses.Count(course => course is null).ShouldBe(4);
        result.Result.Errors.Count.ShouldBe(4);
    }
}
