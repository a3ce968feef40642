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
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_filters_match_the_same_documents_in_the_same_order_with_and_without_indexes(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 300).Select(i => RandomIndexData.RandomDocument(random, i)).ToList();
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

            var filter = RandomIndexData.RandomFilter(random, depth: 0);
            var parsed = QueryFilter.Parse(filter);
            var expected = Ids(QueryRunner.Matching(scanned, parsed, RandomIndexData.Deadline()));
            var actual = Ids(QueryRunner.Matching(indexed, parsed, RandomIndexData.Deadline()));
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
        var replacements = Enumerable.Range(0, 60).Select(i => WithFreshNumbers(random, RandomIndexData.RandomDocument(random, (i * 5) + 1))).ToList();
        var additions = Enumerable.Range(300, 60).Select(id => WithFreshNumbers(random, RandomIndexData.RandomDocument(random, id))).ToList();
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

    private static List<int> Ids(List<BsonDocument> documents) => [.. documents.Select(d => d["_id"].AsInt32)];
}
