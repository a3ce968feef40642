using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Admin;

/// <summary>
/// An aggregation that runs for minutes, on its own connection: a $lookup of every document against the whole
/// collection through an $expr that no document satisfies (so nothing piles up in memory). The
/// server checks for interruption between input documents, so killOp ends it promptly.
/// </summary>
internal sealed class SlowAggregation : IAsyncDisposable
{
    public const string Collection = "big";
    private const int Documents = 20_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ServerTestBase _test;
    private readonly WireClient _connection;
    private readonly Task<BsonDocument> _reply;

    private SlowAggregation(ServerTestBase test, WireClient connection, Task<BsonDocument> reply)
    {
        _test = test;
        _connection = connection;
        _reply = reply;
    }

    public static async Task<SlowAggregation> StartAsync(ServerTestBase test)
    {
        await test.InsertAsync(Collection, Enumerable.Range(0, Documents).Select(i => new BsonDocument(new BsonElement("_id", i), new BsonElement("k", i))).ToArray());
        var connection = await WireClient.ConnectAsync(test.Server);
        // A correlated sub-pipeline with $expr is evaluated against every foreign document (no join on keys).
        var lookup = ExtendedJson.ParseDocument(
            """{"from": "big", "let": {"k": "$k"}, "pipeline": [{"$match": {"$expr": {"$eq": ["$absent", "$$k"]}}}], "as": "same"}""");
        BsonDocument command =
        [
            new("aggregate", Collection),
            new("pipeline", new BsonArray(new BsonDocument(new BsonElement("$lookup", lookup)))),
            new("cursor", BsonDocument.Empty),
        ];
        return new SlowAggregation(test, connection, connection.RunAsync(command));
    }

    /// <summary>Polls currentOp until the aggregation is listed and returns its inprog document.</summary>
    public async Task<BsonDocument> WaitUntilListedAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var reply = await _test.OkAsync([new("currentOp", 1), new("ns", $"test.{Collection}"), new("$db", "admin")]);
            if (reply["inprog"].AsArray is [BsonDocument running])
            {
                return running;
            }

            if (_reply.IsCompleted)
            {
                throw new InvalidOperationException($"the aggregation ended before currentOp saw it: {await _reply}");
            }
            await Task.Delay(10);
        }

        throw new TimeoutException("currentOp never listed the aggregation");
    }

    public async Task<BsonDocument> ReplyAsync() => await _reply.WaitAsync(Patience);

    // Should a test fail before killing it, stopping the server interrupts the aggregation.
    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
