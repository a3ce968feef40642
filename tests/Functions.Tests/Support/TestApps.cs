using Serverless.Bson;

namespace Serverless.Functions.Tests.Support;

/// <summary>Small app definitions over the <c>fntest</c> database, written as RESTHeart stores them (reference §2).</summary>
public static class TestApps
{
    public const string Database = "fntest";
    public const string DefinitionsDb = "restheart";
    public const string DefinitionsCollection = "gql-apps";

    /// <summary>
    /// people: a list query; broken / brokenNullable: a mapping whose $arg is never bound (a field error, §6.2);
    /// slow: an aggregation that unwinds millions of elements (for the time limit); Mutation so GET can refuse one.
    /// </summary>
    public static BsonDocument People(string uri, bool enabled = true, string extraField = "") => ExtendedJson.ParseDocument($$"""
        {
          "_id": "{{uri}}",
          "descriptor": { "uri": "{{uri}}", "enabled": {{(enabled ? "true" : "false")}}, "description": "test app" },
          "schema": "type Person { name: String age: Int {{extraField}} } type Count { _id: Int n: Int } type Query { people: [Person] broken: [Person]! brokenNullable: [Person] slow: [Count] } type Mutation { touch: Int }",
          "mappings": {
            "Query": {
              "people": { "db": "{{Database}}", "collection": "people", "find": {}, "sort": { "name": 1 } },
              "broken": { "db": "{{Database}}", "collection": "people", "find": { "name": { "$arg": "unbound" } } },
              "brokenNullable": { "db": "{{Database}}", "collection": "people", "find": { "name": { "$arg": "unbound" } } },
              "slow": {
                "db": "{{Database}}", "collection": "big",
                "stages": [
                  { "$project": { "r": { "$range": [0, 200000] } } },
                  { "$unwind": "$r" },
                  { "$group": { "_id": { "$mod": ["$r", 7] }, "n": { "$sum": 1 } } }
                ]
              }
            }
          }
        }
        """);

    /// <summary>
    /// slow: one slow field of each kind the time limit must stop. aggregation: the unwinding pipeline of People's
    /// slow; find: a find whose $expr builds a 3-million-element array for every document of big; parents: two
    /// parents whose batched (DataLoader) children run that $expr over slowchildren in one batch.
    /// </summary>
    public static BsonDocument Slow(string uri) => ExtendedJson.ParseDocument($$"""
        {
          "_id": "{{uri}}",
          "descriptor": { "uri": "{{uri}}", "enabled": true, "description": "slow fields of every kind" },
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

    /// <summary>The parents of Slow's batched field.</summary>
    public static IEnumerable<BsonDocument> ParentsData() =>
        Enumerable.Range(0, 2).Select(i => new BsonDocument(new BsonElement("_id", i)));

    /// <summary>The children of Slow's batched field: every one refers to a parent, so each meets the heavy $expr.</summary>
    public static IEnumerable<BsonDocument> SlowChildrenData() =>
        Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("_id", i), new BsonElement("ref", i % 2)));

    // False for every document, after building and measuring a 3-million-element array: tens of milliseconds each.
    private const string HeavyFalseExpression = """{ "$lt": [{ "$size": { "$range": [0, 3000000] } }, 0] }""";

    /// <summary>A definition that does not load: its schema is not SDL (§2.5 check 2).</summary>
    public static BsonDocument Invalid(string uri) => ExtendedJson.ParseDocument($$"""
        { "_id": "{{uri}}", "descriptor": { "uri": "{{uri}}" }, "schema": "type Query {", "mappings": {} }
        """);

    public static IEnumerable<BsonDocument> PeopleData() =>
    [
        ExtendedJson.ParseDocument("""{ "_id": 1, "name": "Ada", "age": 36, "nick": "countess" }"""),
        ExtendedJson.ParseDocument("""{ "_id": 2, "name": "Grace", "age": 45, "nick": "amazing" }"""),
    ];

    /// <summary>Rows the slow pipeline multiplies (each becomes 200 000 unwound documents).</summary>
    public static IEnumerable<BsonDocument> BigData() =>
        Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("_id", i)));
}
