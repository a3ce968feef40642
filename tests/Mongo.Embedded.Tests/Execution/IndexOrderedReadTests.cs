using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;
using Serverless.Mongo.Embedded.Tests.Storage;

namespace Serverless.Mongo.Embedded.Tests.Execution;

/// <summary>
/// A sorted read answered in index order gives exactly what filtering and sorting a collection scan gives:
/// documents, order (ties in storage order, both directions), skip and limit.
/// </summary>
public sealed class IndexOrderedReadTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_sorted_reads_give_the_same_documents_in_the_same_order_as_a_sorted_scan(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 300).Select(i => RandomIndexData.RandomDocument(random, i)).ToList();
        var scanned = Collection(documents, withIndexes: false);
        var indexed = Collection(documents, withIndexes: true);
        var inIndexOrder = 0;
        for (var i = 0; i < 400; i++)
        {
            // Mostly a range on "n" (the single-key index) sorted by "n", the shape the index order answers.
            var field = random.Next(4) == 0 ? RandomIndexData.Fields[random.Next(RandomIndexData.Fields.Length)] : "n";
            var range = random.Next(2) == 0 ? RandomIndexData.TwoBounds(random) : RandomIndexData.OneBound(random);
            BsonDocument filter = random.Next(3) switch
            {
                0 => new([new(field, range)]),
                1 => new([new(field, range), .. RandomIndexData.RandomFilter(random, depth: 1)]),
                _ => new([new("$and", new BsonArray(new BsonDocument([new(field, range)]), RandomIndexData.RandomFilter(random, depth: 1)))]),
            };
            if (filter.Names.Distinct().Count() != filter.Count)
            {
                continue;
            }

            var sortField = random.Next(5) == 0 ? RandomIndexData.Fields[random.Next(RandomIndexData.Fields.Length)] : field;
            var request = new QueryRequest(
                QueryFilter.Parse(filter),
                SortSpec.Parse([new(sortField, random.Next(2) == 0 ? 1 : -1)]),
                Skip: random.Next(3) == 0 ? random.Next(0, 20) : 0,
                Limit: random.Next(3) == 0 ? null : random.Next(1, 30));

            var expected = Ids(QueryRunner.Run(scanned, request, RandomIndexData.Deadline()));
            Ids(QueryRunner.Run(indexed, request, RandomIndexData.Deadline())).ShouldBe(expected, $"filter {filter}, sort {request.Sort!.Source}, skip {request.Skip}, limit {request.Limit}");
            if (IndexOrderedRead.TryRun(indexed, request, RandomIndexData.Deadline()) is { } ordered)
            {
                inIndexOrder++;
                Ids(ordered).ShouldBe(expected);
            }

            IndexOrderedRead.TryRun(scanned, request, RandomIndexData.Deadline()).ShouldBeNull();
        }

        // The generator must exercise the index order, not only the fallback.
        inIndexOrder.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Equal_keys_keep_storage_order_in_both_directions_and_numbers_of_different_types_tie()
    {
        BsonValue[] ratings = [4, 3.5, 4.0, 4L, 3.5, Decimal128.Parse("4.00"), "4", 5];
        var collection = Collection([.. ratings.Select((r, i) => new BsonDocument([new("_id", i), new("r", r)]))], withIndexes: false, index: "r");

        Ids(Read(collection, "{\"r\": {\"$gte\": 3, \"$lt\": 5}}", "{\"r\": 1}")).ShouldBe([1, 4, 0, 2, 3, 5]);
        Ids(Read(collection, "{\"r\": {\"$gte\": 3, \"$lt\": 5}}", "{\"r\": -1}")).ShouldBe([0, 2, 3, 5, 1, 4]);
        Ids(Read(collection, "{\"r\": {\"$gte\": 3}}", "{\"r\": -1}", skip: 1, limit: 3)).ShouldBe([0, 2, 3]);
    }

    [Fact]
    public void A_filter_that_rejects_most_of_the_walk_reads_further_until_the_page_is_full()
    {
        // One document in ten matches, so the first slices (5, then 20) hold too few matches.
        var documents = Enumerable.Range(0, 100).Select(i => new BsonDocument([new("_id", i), new("r", i), new("pick", i % 10 == 0)])).ToList();
        var collection = Collection(documents, withIndexes: false, index: "r");

        Ids(Read(collection, "{\"r\": {\"$gte\": 0}, \"pick\": true}", "{\"r\": -1}", skip: 1, limit: 4)).ShouldBe([80, 70, 60, 50]);
        Ids(Read(collection, "{\"r\": {\"$lt\": 95}, \"pick\": true}", "{\"r\": 1}", limit: 50)).ShouldBe([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    }

    [Fact]
    public void A_compound_index_with_a_multikey_second_field_yields_each_document_once()
    {
        var collection = new StoredCollection("db", "c", BsonDocument.Empty);
        collection.Write(table =>
        {
            table.Insert([new("_id", 1), new("n", 2), new("tags", new BsonArray("a", "b", "c"))]);
            table.Insert([new("_id", 2), new("n", 1), new("tags", new BsonArray("a", "b"))]);
            table.Insert([new("_id", 3), new("n", 2), new("tags", "z")]);
            return table.CreateIndex(new IndexDescription("n_1_tags_1", [new("n", 1), new("tags", 1)], Unique: false));
        });

        Ids(Read(collection, "{\"n\": {\"$gt\": 0}}", "{\"n\": -1}")).ShouldBe([1, 3, 2]);
    }

    [Fact]
    public void A_multikey_index_is_not_read_in_index_order()
    {
        var collection = new StoredCollection("db", "c", BsonDocument.Empty);
        collection.Write(table =>
        {
            table.Insert([new("_id", 1), new("r", new BsonArray(1, 9))]);
            table.Insert([new("_id", 2), new("r", 5)]);
            return table.CreateIndex(new IndexDescription("r_1", [new("r", 1)], Unique: false));
        });
        var request = new QueryRequest(QueryFilter.Parse(ExtendedJson.ParseDocument("{\"r\": {\"$gt\": 0}}")), SortSpec.Parse(ExtendedJson.ParseDocument("{\"r\": -1}")));

        IndexOrderedRead.TryRun(collection, request, RandomIndexData.Deadline()).ShouldBeNull();
        Ids(QueryRunner.Run(collection, request, RandomIndexData.Deadline())).ShouldBe([1, 2]);
    }

    private static List<BsonDocument> Read(StoredCollection collection, string filter, string sort, int skip = 0, int? limit = null)
    {
        var request = new QueryRequest(QueryFilter.Parse(ExtendedJson.ParseDocument(filter)), SortSpec.Parse(ExtendedJson.ParseDocument(sort)), Skip: skip, Limit: limit);
        return IndexOrderedRead.TryRun(collection, request, RandomIndexData.Deadline()).ShouldNotBeNull();
    }

    private static StoredCollection Collection(List<BsonDocument> documents, bool withIndexes, string? index = null)
    {
        var collection = new StoredCollection("db", "c", BsonDocument.Empty);
        collection.Write(table =>
        {
            documents.ForEach(table.Insert);
            foreach (var field in withIndexes ? RandomIndexData.Fields : index is null ? [] : [index])
            {
                table.CreateIndex(new IndexDescription($"{field}_1", [new(field, 1)], Unique: false));
            }

            return true;
        });
        return collection;
    }

    private static List<int> Ids(IReadOnlyList<BsonDocument> documents) => [.. documents.Select(d => d["_id"].AsInt32)];
}
