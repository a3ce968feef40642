using Serverless.Core.Compilation;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// RESTHeart's basic test app (specs/restheart/basic) end to end: field paths (§5), $fk query mappings (§6.3),
/// $arg with schema defaults, limit/skip/sort (§6.5), strict DateTime coercion (§12.1), "variable X not bound".
/// </summary>
public sealed class BasicAppTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    private const string App = "basic/app-definitionExample.json";

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Users_come_sorted_by_the_sort_argument_with_renamed_and_dot_path_fields()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ users(sort: -1, limit: 2) { id firstName lastName phone mainEmail } }");

        result.Outcome.ShouldBe(AppOutcome.Completed);
        result.Result.ToJson().ShouldBe("""
            {"data":{"users":[{"id":8,"firstName":"name8","lastName":"surname8","phone":"3384567888","mainEmail":"email81@example.com"},{"id":7,"firstName":"name7","lastName":"surname7","phone":"3374567888","mainEmail":"email71@example.com"}]}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Default_arguments_return_every_user_and_skip_moves_the_window()
    {
        var app = server.Compile(App);

        var all = await RestheartDataServer.RunAsync(app, "{ users { id } }");
        var skipped = await RestheartDataServer.RunAsync(app, "{ users(skip: 6) { id } }");

        all.Result.ToJson().ShouldBe("""{"data":{"users":[{"id":1},{"id":2},{"id":3},{"id":4},{"id":5},{"id":6},{"id":7},{"id":8}]}}""");
        skipped.Result.ToJson().ShouldBe("""{"data":{"users":[{"id":7},{"id":8}]}}""");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Foreign_keys_resolve_posts_and_their_authors()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ users(limit: 1) { posts { text author { firstName } } } }");

        result.Result.ToJson().ShouldBe("""
            {"data":{"users":[{"posts":[{"text":"text1","author":{"firstName":"name1"}},{"text":"text9","author":{"firstName":"name1"}}]}]}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_string_stored_for_a_DateTime_field_is_a_field_error_and_the_rest_stays()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ users(limit: 1) { posts(limit: 1) { text date } } }");

        result.Outcome.ShouldBe(AppOutcome.Completed);
        result.Result.Data.ShouldNotBeNull();
        var error = result.Result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(["users", 0, "posts", 0, "date"]);
        error.Message.ShouldContain("DateTime");
        error.Extensions!["classification"].ShouldBe("DataFetchingException");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task An_argument_without_default_that_is_not_given_is_not_bound()
    {
        var definition = RestheartDataServer.Definition(App);
        var schema = definition["schema"].AsString.Replace("users(limit: Int = 0, skip: Int = 0, sort: Int = 1)", "users(limit: Int = 0, skip: Int, sort: Int = 1)", StringComparison.Ordinal);
        var app = server.Compile(definition.With("schema", schema));

        var result = await RestheartDataServer.RunAsync(app, "{ users { id } }");

        result.Result.ToJson().ShouldBe("""
            {"errors":[{"message":"variable skip not bound","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"classification":"DataFetchingException"}}],"data":{"users":null}}
            """.Trim());
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_mapping_reading_arguments_its_field_does_not_declare_is_a_field_error_per_parent()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ users(limit: 2) { id friends { id } } }");

        // friends reads $arg limit and skip, which it does not declare (which one is reported first is core-interp's order).
        result.Result.Errors.Select(error => string.Join('.', error.Path!)).ShouldBe(["users.0.friends", "users.1.friends"], ignoreOrder: true);
        result.Result.Errors.ShouldAllBe(error => error.Message.StartsWith("variable ", StringComparison.Ordinal) && error.Message.EndsWith(" not bound", StringComparison.Ordinal));
        result.Result.ToJson().ShouldContain("""{"users":[{"id":1,"friends":null},{"id":2,"friends":null}]}""");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_limit_above_max_limit_is_a_field_error()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ users(limit: 5000) { id } }");

        result.Result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Query variable cannot be greater than 1000");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Syntax_and_validation_errors_are_request_errors_with_their_classification()
    {
        var app = server.Compile(App);

        var syntax = await RestheartDataServer.RunAsync(app, "{ users { id }");
        var validation = await RestheartDataServer.RunAsync(app, "{ users { nope } }");

        syntax.Outcome.ShouldBe(AppOutcome.RequestError);
        syntax.Result.Errors.ShouldHaveSingleItem().Extensions!["classification"].ShouldBe("InvalidSyntax");
        validation.Outcome.ShouldBe(AppOutcome.RequestError);
        validation.Result.Errors.ShouldHaveSingleItem().Extensions!["classification"].ShouldBe("ValidationError");
        validation.Result.HasData.ShouldBeFalse();
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_mutation_is_not_allowed_when_only_queries_are()
    {
        var definition = RestheartDataServer.Definition(App);
        var app = server.Compile(definition.With("schema", definition["schema"].AsString + " type Mutation { touch: Int }"));

        var denied = await app.ExecuteAsync(new AppRequest { Query = "mutation { touch }", QueriesOnly = true }, CancellationToken.None);
        var allowed = await app.ExecuteAsync(new AppRequest { Query = "mutation { touch }" }, CancellationToken.None);

        denied.Outcome.ShouldBe(AppOutcome.OperationNotAllowed);
        allowed.Result.ToJson().ShouldBe("""{"data":{"touch":null}}""");
    }
}
