using Serverless.Bson;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// §8 rootDoc, computed per resolution path ([REC]): every level-1 element is the root of its own subtree, also
/// when the subtree is batched, and it is not bound at level 1.
/// </summary>
public sealed class RootDocTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    private static readonly BsonDocument Definition = ExtendedJson.ParseDocument("""
        {
          "descriptor": {"uri": "rootdoc"},
          "schema": "type Group { description: String } type Properties { group: Group } type Wrapper { properties: Properties } type Author { name: String properties: Properties propertiesWrapperPartialMapping: Wrapper } type Query { authors: [Author] rootAtLevelOne: [Group] }",
          "mappings": {
            "Author": {"propertiesWrapperPartialMapping": "wrapper"},
            "Properties": {"group": {"db": "test-rootdoc", "collection": "groups", "find": {"_id": {"$arg": "rootDoc.properties.group"}}}},
            "Query": {
              "authors": {"db": "test-rootdoc", "collection": "authors", "sort": {"_id": 1}},
              "rootAtLevelOne": {"db": "test-rootdoc", "collection": "groups", "find": {"_id": {"$arg": "rootDoc._id"}}}
            }
          }
        }
        """);

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Nested_fields_use_the_top_document_of_their_own_path()
    {
        await SeedAsync();
        var app = server.Compile(Definition);

        var result = await RestheartDataServer.RunAsync(app, """
            { authors { name properties { group { description } } propertiesWrapperPartialMapping { properties { group { description } } } } }
            """);

        result.Result.ToJson().ShouldBe("""
            {"data":{"authors":[{"name":"a","properties":{"group":{"description":"coolest"}},"propertiesWrapperPartialMapping":{"properties":{"group":{"description":"coolest"}}}},{"name":"b","properties":{"group":{"description":"weird"}},"propertiesWrapperPartialMapping":{"properties":{"group":{"description":"weird"}}}}]}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task RootDoc_is_not_bound_at_level_one()
    {
        await SeedAsync();
        var app = server.Compile(Definition);

        var result = await RestheartDataServer.RunAsync(app, "{ rootAtLevelOne { description } }");

        result.Result.Errors.ShouldHaveSingleItem().Message.ShouldBe("variable rootDoc._id not bound");
    }

    private async Task SeedAsync()
    {
        var existing = await server.Client.GetDatabase("test-rootdoc").GetCollection("authors").CountDocumentsAsync(BsonDocument.Empty);
        if (existing > 0)
        {
            return;
        }

        await server.InsertAsync("test-rootdoc", "authors",
        [
            ExtendedJson.ParseDocument("""{"_id": 1, "name": "a", "properties": {"group": "g1"}, "wrapper": {"properties": {"group": "g2"}}}"""),
            ExtendedJson.ParseDocument("""{"_id": 2, "name": "b", "properties": {"group": "g2"}, "wrapper": {"properties": {"group": "g1"}}}"""),
        ]);
        await server.InsertAsync("test-rootdoc", "groups",
        [
            ExtendedJson.ParseDocument("""{"_id": "g1", "description": "coolest"}"""),
            ExtendedJson.ParseDocument("""{"_id": "g2", "description": "weird"}"""),
        ]);
    }
}
