using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Tests.Scalars;

/// <summary>The seven scalars plugged into a schema: BSON resolver values come out as relaxed Extended JSON (§12.1), and literal and variable inputs reach resolvers as BSON (§12.2, §12.3).</summary>
public sealed class BsonScalarsEndToEndTests
{
    private const string Sdl = """
        scalar ObjectId
        scalar Long
        scalar Decimal128
        scalar DateTime
        scalar Timestamp
        scalar Regex
        scalar BsonDocument

        type Query {
          echo(id: ObjectId, n: Long, dec: Decimal128, at: DateTime, ts: Timestamp, re: Regex, doc: BsonDocument): Echo
          mismatch: DateTime
        }

        type Echo { id: ObjectId n: Long dec: Decimal128 at: DateTime ts: Timestamp re: Regex doc: BsonDocument }
        """;

    [Fact]
    public async Task Literal_and_variable_inputs_round_trip_as_relaxed_extended_json()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = BuildSchema(),
            Query = """
                query($at: DateTime, $dec: Decimal128, $doc: BsonDocument) {
                  echo(id: "638e119a2d91516248b4781a", n: "10000000000", dec: $dec, at: $at, ts: {t: 1, i: 2}, re: "^a", doc: $doc) {
                    id n dec at ts re doc
                  }
                  mismatch
                }
                """,
            Variables = new Dictionary<string, object?>
            {
                ["at"] = 1_639_666_957_000L,
                ["dec"] = 0.1,
                ["doc"] = new Dictionary<string, object?> { ["k"] = 1L, ["when"] = "x" },
            },
        });

        result.ToJson().ShouldBe(
            "{\"errors\":[{\"message\":\"DateTime cannot represent a value of type 'BsonString'; expected BsonDateTime.\",\"locations\":[{\"line\":5,\"column\":3}],\"path\":[\"mismatch\"]}]," +
            "\"data\":{\"echo\":{\"id\":{\"$oid\":\"638e119a2d91516248b4781a\"},\"n\":10000000000,\"dec\":{\"$numberDecimal\":\"0.1\"}," +
            "\"at\":{\"$date\":1639666957000},\"ts\":{\"$timestamp\":{\"t\":1,\"i\":2}}," +
            "\"re\":{\"$regularExpression\":{\"pattern\":\"^a\",\"options\":\"\"}},\"doc\":{\"k\":1,\"when\":\"x\"}},\"mismatch\":null}}");
    }

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl, new SchemaBuildOptions
    {
        Scalars = BsonScalars.All(),
        ResolveField = (type, field) => Resolver(type, field),
    });

    private static FieldResolver? Resolver(string type, string field) => (type, field) switch
        {
            // The resolver sees the parsed BSON arguments and hands them back, so inputs and outputs are both exercised.
            ("Query", "echo") => context => ValueTask.FromResult<object?>(new BsonDocument(context.Arguments.Select(pair => new BsonElement(pair.Key, (BsonValue)pair.Value!)))),
            ("Echo", _) => context => ValueTask.FromResult<object?>(((BsonDocument)context.Parent!)[field]),
            ("Query", "mismatch") => _ => ValueTask.FromResult<object?>(new BsonString("2021-01-01T00:00:00Z")),
            _ => null,
        };
}
