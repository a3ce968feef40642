using Serverless.Core.Compilation;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// Batching by default (issue 5): without any dataLoader setting, a nested list query costs one MongoDB command
/// per mapped level, not one per parent (N+1), counted both by the client's command observer and by Core.
/// </summary>
public sealed class RoundTripTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Users_posts_authors_cost_one_command_per_mapped_level()
    {
        var app = server.Compile("basic/app-definitionExample.json");
        server.Commands.Reset();

        var result = await RestheartDataServer.RunAsync(app, "{ users { id posts { text author { id } } } }");

        result.Result.Errors.ShouldBeEmpty();
        var users = (object?[])result.Result.Data!["users"]!;
        users.Length.ShouldBe(8);
        result.Result.ToJson().ShouldContain("""{"id":2,"posts":[{"text":"text2","author":{"id":2}},{"text":"text10","author":{"id":2}},{"text":"text11","author":{"id":2}},{"text":"text12","author":{"id":2}}]}""");
        server.Commands.Reads.ShouldBe(3);
        result.MongoCommandCount.ShouldBe(3);
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task A_level_whose_keys_were_all_loaded_before_is_served_from_the_request_cache()
    {
        var app = server.Compile("basic/app-definitionExample.json");
        server.Commands.Reset();

        var result = await RestheartDataServer.RunAsync(app, "{ users { posts { author { posts { text } } } } }");

        result.Result.Errors.ShouldBeEmpty();
        // The authors' posts are the users' posts: the fourth level needs no command.
        server.Commands.Reads.ShouldBe(3);
        result.MongoCommandCount.ShouldBe(3);
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Aggregation_mappings_on_a_list_are_batched_too()
    {
        var app = server.Compile("field-to-aggregation/app-definition-field-to-aggregation.json");
        server.Commands.Reset();

        var result = await RestheartDataServer.RunAsync(app, """{ postsGroupedByCategory(category: backend) { title author { name postsByCategoryAggr { title } } } }""");

        result.Result.Errors.ShouldBeEmpty();
        ((object?[])result.Result.Data!["postsGroupedByCategory"]!).Length.ShouldBe(4);
        server.Commands.Reads.ShouldBe(3);
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task With_batching_by_default_off_every_parent_costs_its_own_command()
    {
        var app = server.Compile("basic/app-definitionExample.json", new CoreOptions { BatchByDefault = false });
        server.Commands.Reset();

        var result = await RestheartDataServer.RunAsync(app, "{ users { id posts { text author { id } } } }");

        result.Result.Errors.ShouldBeEmpty();

        // RESTHeart's N+1: 1 users query, 8 posts queries (one per user), 16 author queries (one per post).
        server.Commands.Reads.ShouldBe(1 + 8 + 16);
        result.MongoCommandCount.ShouldBe(1 + 8 + 16);
    }
}
