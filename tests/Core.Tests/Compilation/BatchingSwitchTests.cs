using Serverless.Core.Compilation;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary><c>CoreOptions.Batching = false</c>: one command per field invocation, the same answers (issue 5's baseline).</summary>
public sealed class BatchingSwitchTests(RestheartDataServer server) : IClassFixture<RestheartDataServer>
{
    private const string App = "basic/app-definitionExample_opt.json";
    private const string Query = "{ posts { text authorCache { firstName } authorNoCache { firstName } } }";

    [SharedDataFact(RestheartDataServer.Folder)]
    public async Task Without_batching_every_post_reads_its_authors_with_its_own_finds_and_gets_the_same_answer()
    {
        var batched = server.Compile(App);
        var unbatched = server.Compile(App, new CoreOptions { Batching = false });

        server.Commands.Reset();
        var withBatching = await RestheartDataServer.RunAsync(batched, Query);
        var batchedReads = server.Commands.Reads;
        server.Commands.Reset();
        var withoutBatching = await RestheartDataServer.RunAsync(unbatched, Query);

        // 1 find for the 16 posts, then 2 author finds per post.
        server.Commands.Reads.ShouldBe(1 + (16 * 2));
        withoutBatching.MongoCommandCount.ShouldBe(1 + (16 * 2));
        batchedReads.ShouldBeLessThan(1 + (16 * 2));
        withoutBatching.Result.Errors.ShouldBeEmpty();
        withoutBatching.Result.ToJson().ShouldBe(withBatching.Result.ToJson());
    }
}
