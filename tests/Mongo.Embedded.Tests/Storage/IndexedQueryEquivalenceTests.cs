using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Operations;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Tests.Storage;

/// <summary>
/// Property-style: seeded random documents and filters (equalities, $in, $or, $and, with values that an index
/// must not answer mixed in) give the same documents in the same order with and without indexes, and the
/// indexed plans really narrow the candidates.
/// </summary>
public sealed class IndexedQueryEquivalenceTests
{
    private static readonly BsonValue[] Values =
    [
        1, 2, 1L, 1.0, 2.5, "x", "y", "X", BsonNull.Value, new BsonArray(1, 2), new BsonArray(new BsonArray(1)),
        new BsonArray("x", BsonNull.Value), new BsonDocument([new("k", 1)]), new BsonArray(), true,
    ];

    private static readonly string[] Fields = ["a", "b", "c", "d.e"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_filters_match_the_same_documents_in_the_same_order_with_and_without_indexes(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 300).Select(i => RandomDocument(random, i)).ToList();
        var scanned = Table(documents, withIndexes: false);
        var indexed = Table(documents, withIndexes: true);
        var planned = 0;
        for (var i = 0; i < 400; i++)
        {
            var filter = RandomFilter(random, depth: 0);
            var parsed = QueryFilter.Parse(filter);
            var expected = Ids(QueryRunner.Matching(scanned, parsed, Deadline()));
            var actual = Ids(QueryRunner.Matching(indexed, parsed, Deadline()));
            actual.ShouldBe(expected, $"filter {filter}");
            if (IndexPlanner.Choose(filter, indexed.Indexes) is not null)
            {
                planned++;
            }
        }

        // The generator must exercise the index paths, not only the scan.
        planned.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void An_indexed_or_reads_only_the_documents_its_branches_find_in_storage_order()
    {
        var documents = Enumerable.Range(0, 50).Select(i => new BsonDocument([new("_id", i), new("a", i % 10), new("b", "v" + (i % 7))])).ToList();
        var collection = new StoredCollection("db", "c", BsonDocument.Empty);
        collection.Write(table =>
        {
            documents.ForEach(table.Insert);
            table.CreateIndex(new IndexDescription("a_1", [new("a", 1)], Unique: false));
            return table.CreateIndex(new IndexDescription("b_1", [new("b", 1)], Unique: false));
        });

        var candidates = QueryRunner.Candidates(collection, ExtendedJson.ParseDocument("{\"$or\": [{\"a\": 3}, {\"b\": \"v3\"}, {\"a\": {\"$in\": [3, 4]}}]}"));

        candidates.Select(d => d["_id"].AsInt32).ShouldBe([3, 4, 10, 13, 14, 17, 23, 24, 31, 33, 34, 38, 43, 44, 45]);
    }

    private static DocumentTable Table(List<BsonDocument> documents, bool withIndexes)
    {
        var table = new DocumentTable("db.c");
        documents.ForEach(table.Insert);
        if (withIndexes)
        {
            table.CreateIndex(new IndexDescription("a_1", [new("a", 1)], Unique: false));
            table.CreateIndex(new IndexDescription("b_1_c_1", [new("b", 1), new("c", 1)], Unique: false));
            table.CreateIndex(new IndexDescription("d.e_1", [new("d.e", 1)], Unique: false));
        }

        return table;
    }

    private static OperationDeadline Deadline() => OperationDeadline.Start(
        BsonDocument.Empty, TimeProvider.System, new RunningOperation(0, 0, "127.0.0.1:0", "query", "test.items", BsonDocument.Empty, TimeProvider.System.GetTimestamp()), CancellationToken.None);

    private static List<int> Ids(List<BsonDocument> documents) => [.. documents.Select(d => d["_id"].AsInt32)];

    private static BsonDocument RandomDocument(Random random, int id)
    {
        var elements = new List<BsonElement> { new("_id", id) };
        foreach (var field in new[] { "a", "b", "c" })
        {
            // About one in five documents lacks the field: null equality and index keys must agree on missing.
            if (random.Next(5) != 0)
            {
                elements.Add(new(field, Pick(random)));
            }
        }

        elements.Add(random.Next(3) switch
        {
            0 => new("d", new BsonDocument([new("e", Pick(random))])),
            1 => new("d", new BsonArray(new BsonDocument([new("e", Pick(random))]), new BsonDocument([new("f", 1)]))),
            _ => new("d", Pick(random)),
        });
        return new BsonDocument(elements);
    }

    private static BsonDocument RandomFilter(Random random, int depth)
    {
        var choice = depth >= 2 ? random.Next(4) : random.Next(7);
        return choice switch
        {
            <= 3 => Condition(random),
            4 => new BsonDocument([new("$or", Clauses(random, depth))]),
            5 => new BsonDocument([new("$and", Clauses(random, depth))]),
            _ => new BsonDocument([.. Condition(random), new("$or", Clauses(random, depth))]),
        };
    }

    private static BsonArray Clauses(Random random, int depth) =>
        new([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => (BsonValue)RandomFilter(random, depth + 1))]);

    private static BsonDocument Condition(Random random)
    {
        var field = random.Next(8) == 0 ? "_id" : Fields[random.Next(Fields.Length)];
        BsonValue condition = random.Next(6) switch
        {
            0 => new BsonDocument([new("$eq", Pick(random))]),
            1 => new BsonDocument([new("$in", new BsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random))))]),
            2 => new BsonDocument([new("$in", new BsonArray(1, new BsonRegularExpression("^x", "i")))]),
            3 => new BsonDocument([new("$ne", Pick(random)), new("$in", new BsonArray(1, "x", 2.5))]),
            _ => field == "_id" ? random.Next(310) : Pick(random),
        };
        return new BsonDocument([new(field, condition)]);
    }

    private static BsonValue Pick(Random random) => Values[random.Next(Values.Length)];
}
