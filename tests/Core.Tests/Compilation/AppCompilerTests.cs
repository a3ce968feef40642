using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Mongo;

namespace Serverless.Core.Tests.Compilation;

/// <summary>AppCompiler: definition errors come back as messages (§2.6), versions are content hashes (§14 [REC]).</summary>
public sealed class AppCompilerTests
{
    private static readonly BsonDocument Valid = ExtendedJson.ParseDocument("""
        {"_id": "app", "descriptor": {"uri": "/shop/", "enabled": true}, "schema": "type Query { n: Int }", "mappings": {"Query": {"n": {"db": "d", "collection": "c"}}}}
        """);

    [Fact]
    public async Task An_invalid_definition_yields_the_validation_message_and_no_app()
    {
        await using var client = new MongoClient("mongodb://127.0.0.1:1/");
        var definition = Valid.With("mappings", ExtendedJson.ParseDocument("""{"Query": {"n": {"db": "d"}}}"""));

        var result = new AppCompiler(client, new CoreOptions()).Compile(definition);

        result.App.ShouldBeNull();
        result.Error.ShouldBe("The mapping for Query.n does not specify the property 'collection'");
    }

    [Fact]
    public async Task Restrict_mapping_db_from_the_options_is_applied()
    {
        await using var client = new MongoClient("mongodb://127.0.0.1:1/");
        var options = new CoreOptions { Definitions = new Serverless.Core.Definitions.DefinitionOptions { RestrictMappingDb = true, AppDefinitionDb = "apps" } };

        var result = new AppCompiler(client, options).Compile(Valid);

        result.Error.ShouldBe("The mapping for Query.n uses db 'd' but the GraphQL app definition is stored in db 'apps'. When 'restrict-mapping-db' is enabled, all mappings must use the same database as the app definition.");
    }

    [Fact]
    public async Task A_valid_definition_compiles_with_its_normalised_uri_and_version()
    {
        await using var client = new MongoClient("mongodb://127.0.0.1:1/");

        var app = new AppCompiler(client, new CoreOptions()).Compile(Valid).App!;

        app.Uri.ShouldBe("shop");
        app.Enabled.ShouldBeTrue();
        app.Version.ShouldBe(AppCompiler.VersionOf(Valid));
        app.Version.Length.ShouldBe(64);
        app.Schema.QueryType!.Name.ShouldBe("Query");
    }

    [Fact]
    public void Versions_differ_exactly_when_the_documents_differ()
    {
        AppCompiler.VersionOf(Valid).ShouldBe(AppCompiler.VersionOf(ExtendedJson.ParseDocument(ExtendedJson.Serialize(Valid))));
        AppCompiler.VersionOf(Valid).ShouldNotBe(AppCompiler.VersionOf(Valid.With("schema", "type Query { n: Int m: Int }")));
    }
}
