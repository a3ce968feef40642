using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Operations;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Tests.Storage;

/// <summary>
/// Property-style: seeded random documents and filters (equalities, $in, ranges with one or two bounds, $or,
/// $and, with values that an index must not answer mixed in) give the same documents in the same order with
/// and without indexes, also after writes change the indexed keys, and the indexed plans really narrow the
/// candidates.
/// </summary>
public sealed class IndexedQueryEquivalenceTests
{
    private static readonly BsonValue[] Values =
    [
        1, 2, 1L, 1.0, 2.5, "x", "y", "X", BsonNull.Value, new BsonArray(1, 2), new BsonArray(new BsonArray(1)),
        new BsonArray("x", BsonNull.Value), new BsonDocument([new("k", 1)]), new BsonArray(), true,
        3L, -1.5, double.NaN, Decimal128.Parse("2.50"), Decimal128.NaN, Decimal128.Parse("-7"), "m",
        new BsonDateTime(1_000), new BsonDateTime(2_000_000), new BsonArray(0.5, 3L, Decimal128.Parse("2.5")),
        new BsonArray(new BsonDateTime(1_500), "q"),
    ];

    // Bounds in every bracket the documents use, plus those an index must not answer (NaN, null, arrays).
    private static readonly BsonValue[] Bounds =
    [
        0, 1, 2.5, 3L, -1.5, Decimal128.Parse("2.5"), double.PositiveInfinity, double.NaN, Decimal128.NaN, "a", "x",
        "m", new BsonDateTime(1_000), new BsonDateTime(1_500), BsonNull.Value, new BsonArray(1), true,
    ];

    private static readonly string[] RangeOperators = ["$gt", "$gte", "$lt", "$lte"];

    // "n" never holds an array or document, so its index stays single-key and two bounds are intersected.
    private static readonly BsonValue[] Scalars = [.. Values.Where(v => v.Type is not (BsonType.Array or BsonType.Document))];

    private static readonly string[] Fields = ["a", "b", "c", "d.e", "n"];

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
        var rangePlanned = 0;
        for (var i = 0; i < 400; i++)
        {
            if (i == 200)
            {
                Rewrite(random, scanned, indexed);
            }

            var filter = RandomFilter(random, depth: 0);
            var parsed = QueryFilter.Parse(filter);
            var expected = Ids(QueryRunner.Matching(scanned, parsed, Deadline()));
            var actual = Ids(QueryRunner.Matching(indexed, parsed, Deadline()));
            actual.ShouldBe(expected, $"filter {filter}");
            if (IndexPlanner.Choose(filter, indexed.Indexes) is { } plan)
            {
                planned++;
                rangePlanned += plan.Probes.Any(p => p.FirstFieldRange is not null) ? 1 : 0;
            }
        }

        // The generator must exercise the index paths, ranges included, not only the scan.
        planned.ShouldBeGreaterThan(100);
        rangePlanned.ShouldBeGreaterThan(25);
        Console.Error.WriteLine($"DEBUG planned {planned} range {rangePlanned}");
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

    [Fact]
    public void An_indexed_range_reads_only_the_documents_of_its_bracket_within_its_bounds_in_storage_order()
    {
        BsonValue[] ratings = [4.2, "4.2", 3.8, 4.5, 3L, Decimal128.Parse("4.49"), new BsonDateTime(4), BsonNull.Value, 5, double.NaN];
        var documents = ratings.Select((rating, i) => new BsonDocument([new("_id", i), new("r", rating)]))
            .Append(new BsonDocument([new("_id", 10)]))
            .ToList();
        var collection = new StoredCollection("db", "c", BsonDocument.Empty);
        collection.Write(table =>
        {
            documents.ForEach(table.Insert);
            return table.CreateIndex(new IndexDescription("r_1", [new("r", 1)], Unique: false));
        });

        var candidates = QueryRunner.Candidates(collection, ExtendedJson.ParseDocument("{\"r\": {\"$gte\": 3.8, \"$lt\": 4.5}}"));

        candidates.Select(d => d["_id"].AsInt32).ShouldBe([0, 2, 5]);
    }

    [Fact]
    public void A_range_over_a_multikey_field_finds_documents_whose_elements_meet_different_bounds()
    {
        var collection = new StoredCollection("db", "c", BsonDocument.Empty);
        collection.Write(table =>
        {
            table.Insert([new("_id", 1), new("r", new BsonArray(0, 9))]);
            table.Insert([new("_id", 2), new("r", 3)]);
            table.Insert([new("_id", 3), new("r", -2)]);
            return table.CreateIndex(new IndexDescription("r_1", [new("r", 1)], Unique: false));
        });

        // 9 > 5 and 0 < 1: the array matches although no single element lies between the bounds.
        var candidates = QueryRunner.Candidates(collection, ExtendedJson.ParseDocument("{\"r\": {\"$gt\": 5, \"$lt\": 1}}"));

        candidates.Select(d => d["_id"].AsInt32).ShouldBe([1]);
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
            table.CreateIndex(new IndexDescription("n_1", [new("n", 1)], Unique: false));
        }

        return table;
    }

    /// <summary>The same removals, replacements and inserts in every table, after range walks have sorted keys.</summary>
    private static void Rewrite(Random random, params DocumentTable[] tables)
    {
        // Fresh numbers in "a" and "n" create keys the sorted views have not seen yet.
        var replacements = Enumerable.Range(0, 60).Select(i => WithFreshNumbers(random, RandomDocument(random, (i * 5) + 1))).ToList();
        var additions = Enumerable.Range(300, 60).Select(id => WithFreshNumbers(random, RandomDocument(random, id))).ToList();
        foreach (var table in tables)
        {
            for (var id = 0; id < 300; id += 5)
            {
                table.Remove(table.FindById(id).ShouldNotBeNull());
            }

            replacements.ForEach(r => table.Replace(table.FindById(r["_id"]).ShouldNotBeNull(), r));
            additions.ForEach(table.Insert);
        }
    }

    private static BsonDocument WithFreshNumbers(Random random, BsonDocument document) =>
        new([.. document.Where(e => e.Name is not ("a" or "n")), new("a", (random.NextDouble() * 8) - 2), new("n", random.Next(-3, 6) + 0.25)]);

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

        if (random.Next(5) != 0)
        {
            elements.Add(new("n", Scalars[random.Next(Scalars.Length)]));
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
        BsonValue condition = random.Next(9) switch
        {
            0 => new BsonDocument([new("$eq", Pick(random))]),
            1 => new BsonDocument([new("$in", new BsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random))))]),
            2 => new BsonDocument([new("$in", new BsonArray(1, new BsonRegularExpression("^x", "i")))]),
            3 => new BsonDocument([new("$ne", Pick(random)), new("$in", new BsonArray(1, "x", 2.5))]),
            4 or 5 => field == "_id" ? random.Next(310) : Pick(random),
            6 => new BsonDocument([new(RangeOperators[random.Next(4)], Bounds[random.Next(Bounds.Length)])]),
            _ => TwoBounds(random),
        };
        return new BsonDocument([new(field, condition)]);
    }

    private static BsonDocument TwoBounds(Random random)
    {
        // Ordered so that bounds of one bracket enclose something; bounds of two brackets match nothing.
        BsonValue[] pair = [Bounds[random.Next(Bounds.Length)], Bounds[random.Next(Bounds.Length)]];
        Array.Sort(pair, BsonValueComparer.Instance);
        return new BsonDocument([new(RangeOperators[random.Next(2)], pair[0]), new(RangeOperators[2 + random.Next(2)], pair[1])]);
    }

    private static BsonValue Pick(Random random) => Values[random.Next(Values.Length)];
}
