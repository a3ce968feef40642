using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// §9.5 verbose statistics with RESTHeart's app-definitionExample_opt.json: 16 posts referencing 8 authors through
/// explicitly configured loaders. Implicit batching (our default) is not reported.
/// </summary>
public sealed class DataLoaderStatisticsTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    private const string App = "basic/app-definitionExample_opt.json";

    [SharedDataTheory(RestheartDataServer.Folder)]
    [InlineData("authorCache", 8L, 4L, 8L)]
    [InlineData("authorNoCache", 16L, 8L, 0L)]
    [InlineData("authorBatch4", 16L, 4L, 0L)]
    [InlineData("authorNoBatch", 0L, 0L, 0L)]
    public async Task Statistics_match_the_reference_table(string field, long batchLoadCount, long batchInvokeCount, long cacheHitCount)
    {
        var app = server.Compile(App, new CoreOptions { Verbose = true });

        var result = await RestheartDataServer.RunAsync(app, $"{{ posts {{ text {field} {{ firstName }} }} }}");

        result.Outcome.ShouldBe(AppOutcome.Completed);
        result.Result.Errors.ShouldBeEmpty();
        var posts = (object?[])result.Result.Data!["posts"]!;
        posts.Length.ShouldBe(16);
        var statistics = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)result.Result.Extensions!["dataloader"]!)["overall-statistics"]!;
        statistics.Keys.ShouldBe(["loadCount", "loadErrorCount", "loadErrorRatio", "batchInvokeCount", "batchLoadCount", "batchLoadRatio", "batchLoadExceptionCount", "batchLoadExceptionRatio", "cacheHitCount", "cacheHitRatio"]);
        Convert.ToInt64(statistics["batchLoadCount"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(batchLoadCount);
        Convert.ToInt64(statistics["batchInvokeCount"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(batchInvokeCount);
        Convert.ToInt64(statistics["cacheHitCount"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(cacheHitCount);
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Every_post_gets_its_own_author_whatever_the_loader_settings()
    {
        var app = server.Compile(App);

        var result = await RestheartDataServer.RunAsync(app, "{ posts { authorCache { id } authorNoCache { id } authorBatch4 { id } authorNoBatch { id } } }");

        var authors = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 2, 2, 3, 4, 5, 5 };
        var expected = string.Join(',', authors.Select(id => $$$"""{"authorCache":{"id":{{{id}}}},"authorNoCache":{"id":{{{id}}}},"authorBatch4":{"id":{{{id}}}},"authorNoBatch":{"id":{{{id}}}}}"""));
        result.Result.ToJson().ShouldBe($$$"""{"data":{"posts":[{{{expected}}}]}}""");
    }

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Caching_without_batching_loads_each_distinct_author_once()
    {
        // Quirk 10 fixed: RESTHeart registers this loader and never uses it.
        var definition = RestheartDataServer.Definition(App);
        var post = definition["mappings"].AsDocument["Post"].AsDocument.With("authorCacheOnly", ExtendedJson.ParseDocument("""
            {"db": "test-graphql", "collection": "users", "find": {"_id": {"$fk": "author_id"}}, "dataLoader": {"batching": false, "caching": true}}
            """));
        definition = definition
            .With("schema", definition["schema"].AsString.Replace("authorNoBatch: User}", "authorNoBatch: User, authorCacheOnly: User}", StringComparison.Ordinal))
            .With("mappings", definition["mappings"].AsDocument.With("Post", post));
        var app = server.Compile(definition, new CoreOptions { Verbose = true });
        server.Commands.Reset();

        var result = await RestheartDataServer.RunAsync(app, "{ posts { authorCacheOnly { id } } }");

        result.Result.Errors.ShouldBeEmpty();
        result.Result.ToJson().ShouldContain("""{"authorCacheOnly":{"id":5}},{"authorCacheOnly":{"id":5}}]""");
        server.Commands.Reads.ShouldBe(1 + 8);
        var statistics = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)result.Result.Extensions!["dataloader"]!)["overall-statistics"]!;
        Convert.ToInt64(statistics["cacheHitCount"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(8);
    }
}
