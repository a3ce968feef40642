using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Mongo;
using Serverless.Mongo.Embedded;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// §13 query-time-limit: the remaining budget goes to MongoDB as maxTimeMS, and a MaxTimeMSExpired turns the whole
/// request into the 408 body. The server's clock steps one second per reading (it reads it every 64 scanned
/// documents), so the scan of 500 documents outlives a 3 s budget
/// without any real waiting.
/// </summary>
public sealed class TimeLimitTests
{
    private static readonly BsonDocument Definition = ExtendedJson.ParseDocument("""
        {
          "descriptor": {"uri": "slow"},
          "schema": "type Item { n: Int } type Query { items: [Item] }",
          "mappings": {"Query": {"items": {"db": "test-slow", "collection": "items", "limit": 1000}}}
        }
        """);

    [Fact]
    public async Task A_query_outliving_the_budget_answers_only_the_time_limit_error()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0, TimeProvider = new SteppingTimeProvider() }, CancellationToken.None);
        await using var client = new MongoClient(server.ConnectionString);
        await client.GetDatabase("test-slow").GetCollection("items")
            .InsertManyAsync(Enumerable.Range(0, 500).Select(n => new BsonDocument(new BsonElement("_id", n), new BsonElement("n", n))));
        var app = new AppCompiler(client, new CoreOptions { QueryTimeLimit = TimeSpan.FromSeconds(3) }).Compile(Definition).App!;

        var result = await app.ExecuteAsync(new AppRequest { Query = "{ items { n } }" }, CancellationToken.None);

        result.Outcome.ShouldBe(AppOutcome.TimeLimitExceeded);
        result.Result.ToJson().ShouldBe("""{"errors":[{"message":"Maximum query time limit of 3000ms exceeded","extensions":{"classification":"ExecutionAborted"}}]}""");
    }

    [Fact]
    public async Task Without_a_limit_the_same_query_completes()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0, TimeProvider = new SteppingTimeProvider() }, CancellationToken.None);
        await using var client = new MongoClient(server.ConnectionString);
        await client.GetDatabase("test-slow").GetCollection("items")
            .InsertManyAsync(Enumerable.Range(0, 500).Select(n => new BsonDocument(new BsonElement("_id", n), new BsonElement("n", n))));
        var app = new AppCompiler(client, new CoreOptions()).Compile(Definition).App!;

        var result = await app.ExecuteAsync(new AppRequest { Query = "{ items { n } }" }, CancellationToken.None);

        result.Outcome.ShouldBe(AppOutcome.Completed);
        ((object?[])result.Result.Data!["items"]!).Length.ShouldBe(500);
    }

    [Fact]
    public async Task An_unreachable_database_is_reported_as_unavailable()
    {
        // Nothing listens on the port of a server that was started and stopped; a short selection timeout keeps it quick.
        var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);
        var address = server.ConnectionString;
        await server.DisposeAsync();
        await using var client = new MongoClient(address + "?serverSelectionTimeoutMS=200&connectTimeoutMS=200");
        var app = new AppCompiler(client, new CoreOptions()).Compile(Definition).App!;

        var result = await app.ExecuteAsync(new AppRequest { Query = "{ items { n } }" }, CancellationToken.None);

        result.Outcome.ShouldBe(AppOutcome.DatabaseUnavailable);
        result.Result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Unable to establish a connection to the database: ");
        result.Result.HasData.ShouldBeFalse();
    }
}
