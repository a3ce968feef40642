using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.TimeLimit.Benchmarks;

/// <summary>
/// The app the benchmark times: one slow field of each kind, the same as tests/Functions.Tests' TestApps.Slow
/// (an unwinding aggregation mapping, a find whose $expr builds a 3-million-element array per document, and a
/// batched DataLoader field running that $expr), over generated data.
/// </summary>
internal static class SlowApp
{
    public const string Database = "fntest";
    public const string Uri = "slow";

    /// <summary>The GraphQL requests, by name.</summary>
    public static IReadOnlyList<(string Name, string Query)> Queries { get; } =
    [
        ("aggregation", "{ aggregation { _id n } }"),
        ("find", "{ find { _id n } }"),
        ("batched", "{ parents { _id children { _id ref } } }"),
    ];

    private const string HeavyFalseExpression = """{ "$lt": [{ "$size": { "$range": [0, 3000000] } }, 0] }""";

    public static async Task SeedAsync(MongoClient client, CancellationToken cancellationToken)
    {
        var database = client.GetDatabase(Database);
        await database.GetCollection("big").InsertManyAsync(Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("_id", i))), null, cancellationToken).ConfigureAwait(false);
        await database.GetCollection("parents").InsertManyAsync(Enumerable.Range(0, 2).Select(i => new BsonDocument(new BsonElement("_id", i))), null, cancellationToken).ConfigureAwait(false);
        await database.GetCollection("slowchildren").InsertManyAsync(
            Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("_id", i), new BsonElement("ref", i % 2))), null, cancellationToken).ConfigureAwait(false);
        await client.GetDatabase("restheart").GetCollection("gql-apps").InsertManyAsync([Definition()], null, cancellationToken).ConfigureAwait(false);
    }

    private static BsonDocument Definition() => ExtendedJson.ParseDocument($$"""
        {
          "_id": "{{Uri}}",
          "descriptor": { "uri": "{{Uri}}", "enabled": true, "description": "slow fields of every kind" },
          "schema": "type Count { _id: Int n: Int } type Child { _id: Int ref: Int } type Parent { _id: Int children: [Child] } type Query { aggregation: [Count] find: [Count] parents: [Parent] }",
          "mappings": {
            "Parent": {
              "children": {
                "db": "{{Database}}", "collection": "slowchildren",
                "find": { "ref": { "$fk": "_id" }, "$expr": {{HeavyFalseExpression}} },
                "dataLoader": { "batching": true, "caching": false, "maxBatchSize": 10 }
              }
            },
            "Query": {
              "aggregation": {
                "db": "{{Database}}", "collection": "big",
                "stages": [
                  { "$project": { "r": { "$range": [0, 200000] } } },
                  { "$unwind": "$r" },
                  { "$group": { "_id": { "$mod": ["$r", 7] }, "n": { "$sum": 1 } } }
                ]
              },
              "find": { "db": "{{Database}}", "collection": "big", "find": { "$expr": {{HeavyFalseExpression}} } },
              "parents": { "db": "{{Database}}", "collection": "parents", "find": {}, "sort": { "_id": 1 } }
            }
          }
        }
        """);
}
