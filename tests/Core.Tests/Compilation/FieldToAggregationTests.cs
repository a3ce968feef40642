using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// specs/restheart/field-to-aggregation end to end (§7): $fk and $arg defaults in stages, $ifarg then/else, empty
/// pipelines, MongoDB errors as field errors, the security check (§7.5) and @user in both mapping kinds (§7.4 [REC]).
/// </summary>
public sealed class FieldToAggregationTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    private const string App = "field-to-aggregation/app-definition-field-to-aggregation.json";

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Optional_stages_follow_the_presence_of_their_argument()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, """
            { userByEmail(email: "foo@example.com") { name byDefault: postsByCategoryAggr { title flag } frontend: postsByCategoryAggr(category: frontend) { title flag category } } }
            """);

        result.Result.ToJson().ShouldBe("""
            {"data":{"userByEmail":{"name":"foo","byDefault":[{"title":"First blog post","flag":false},{"title":"Second blog post","flag":false}],"frontend":[{"title":"Angular is the best SPA framework","flag":true,"category":"frontend"}]}}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Query_mappings_use_the_same_argument_defaults_and_foreign_keys()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, """
            { userByEmail(email: "bar@example.com") { postsByCategoryQuery(category: frontend) { title author { name } } } }
            """);

        result.Result.ToJson().ShouldBe("""
            {"data":{"userByEmail":{"postsByCategoryQuery":[{"title":"RxJs hot vs cold observables","author":{"name":"bar"}}]}}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task An_empty_pipeline_gives_an_empty_list_and_a_root_aggregation_runs()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, """{ userByEmail(email: "foo@example.com") { emptyStage } countPostsByCategory { _id posts } }""");

        result.Result.ToJson().ShouldBe("""{"data":{"userByEmail":{"emptyStage":[]},"countPostsByCategory":[{"_id":null,"posts":2}]}}""");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_malformed_stage_is_a_field_error_and_the_data_stays()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, """{ userByEmail(email: "foo@example.com") { name malformedStage } }""");

        result.Outcome.ShouldBe(AppOutcome.Completed);
        result.Result.ToJson().ShouldContain("""
            "data":{"userByEmail":{"name":"foo","malformedStage":null}}
            """.Trim());
        var error = result.Result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(["userByEmail", "malformedStage"]);
        error.Message.ShouldNotBe("Unexpected error.");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_blacklisted_stage_is_a_security_violation()
    {
        var definition = RestheartDataServer.Definition(App);
        var user = definition["mappings"].AsDocument["User"].AsDocument.With("emptyStage", ExtendedJson.ParseDocument("""
            {"db": "test-graphql", "collection": "posts-fta", "stages": [{"$lookup": {"from": "users-fta", "localField": "author", "foreignField": "_id", "as": "a"}}]}
            """));
        var app = server.Compile(definition.With("mappings", definition["mappings"].AsDocument.With("User", user)));
        server.Commands.Reset();

        var result = await RestheartDataServer.RunAsync(app, """{ userByEmail(email: "foo@example.com") { emptyStage } }""");

        var message = result.Result.Errors.ShouldHaveSingleItem().Message;
        message.ShouldStartWith("GraphQL aggregation pipeline security violation: Security violation: ");
        message.ShouldContain("'$lookup' at pipeline[0]");
        message.ShouldEndWith("Pipeline stage is in security blacklist");
        result.MongoCommandCount.ShouldBe(1);
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_required_argument_that_is_missing_is_not_bound()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ postsGroupedByCategory { title } }");

        result.Result.Errors.ShouldHaveSingleItem().Message.ShouldBe("variable category not bound");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task The_user_document_is_an_argument_of_both_mapping_kinds()
    {
        var definition = RestheartDataServer.Definition(App);
        var query = definition["mappings"].AsDocument["Query"].AsDocument
            .With("meByAggregation", ExtendedJson.ParseDocument("""{"db": "test-graphql", "collection": "users-fta", "stages": [{"$match": {"email": {"$arg": "@user.email"}}}]}"""))
            .With("meByQuery", ExtendedJson.ParseDocument("""{"db": "test-graphql", "collection": "users-fta", "find": {"email": {"$arg": "@user.email"}}}"""));
        var schema = definition["schema"].AsString.Replace("type Query {", "type Query { meByAggregation: User meByQuery: User", StringComparison.Ordinal);
        var app = server.Compile(definition.With("schema", schema).With("mappings", definition["mappings"].AsDocument.With("Query", query)));

        var result = await RestheartDataServer.RunAsync(app, "{ meByAggregation { name } meByQuery { name } }", user: ExtendedJson.ParseDocument("""{"email": "bar@example.com"}"""));

        result.Result.ToJson().ShouldBe("""{"data":{"meByAggregation":{"name":"bar"},"meByQuery":{"name":"bar"}}}""");
    }
}
