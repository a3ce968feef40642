namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class LookupStageTests
{
    private const string Orders = "[{_id: 1, item: 'pen', qty: 2}, {_id: 2, item: ['ink', 'pen'], qty: 5}, {_id: 3, qty: 1}, {_id: 4, item: 'none', qty: 0}]";

    private static InMemoryCollections Stock() => new InMemoryCollections()
        .Add("test", "stock", "[{_id: 'a', sku: 'pen', level: 10}, {_id: 'b', sku: 'ink', level: 3}, {_id: 'c', level: 0}, {_id: 'd', sku: ['pen', 'cap'], level: 7}]")
        .Add("other", "stock", "[{_id: 'z', sku: 'pen', level: 99}]");

    [Theory]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', as: 's'}}, {$project: {ids: '$s._id'}}]", "[{_id: 1, ids: ['a', 'd']}]")]
    [InlineData("[{$match: {_id: 2}}, {$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', as: 's'}}, {$project: {ids: '$s._id'}}]", "[{_id: 2, ids: ['a', 'b', 'd']}]")]
    [InlineData("[{$match: {_id: 3}}, {$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', as: 's'}}, {$project: {ids: '$s._id'}}]", "[{_id: 3, ids: ['c']}]")]
    [InlineData("[{$match: {_id: 4}}, {$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', as: 's'}}, {$project: {s: 1}}]", "[{_id: 4, s: []}]")]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: 'absent', localField: 'item', foreignField: 'sku', as: 's'}}, {$project: {s: 1}}]", "[{_id: 1, s: []}]")]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: {db: 'other', coll: 'stock'}, localField: 'item', foreignField: 'sku', as: 's'}}, {$project: {ids: '$s._id'}}]", "[{_id: 1, ids: ['z']}]")]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', as: 'x.s'}}, {$project: {ids: '$x.s._id'}}]", "[{_id: 1, ids: ['a', 'd']}]")]
    [InlineData("[{$match: {_id: 2}}, {$lookup: {from: 'stock', let: {need: '$qty'}, pipeline: [{$match: {$expr: {$gte: ['$level', '$$need']}}}, {$project: {_id: 1}}], as: 's'}}, {$project: {s: 1}}]", "[{_id: 2, s: [{_id: 'a'}, {_id: 'd'}]}]")]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: 'stock', pipeline: [{$count: 'n'}], as: 's'}}, {$project: {s: 1}}]", "[{_id: 1, s: [{n: 4}]}]")]
    [InlineData("[{$match: {_id: 2}}, {$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', let: {need: '$qty'}, pipeline: [{$match: {$expr: {$gte: ['$level', '$$need']}}}, {$project: {_id: 1}}], as: 's'}}, {$project: {s: 1}}]", "[{_id: 2, s: [{_id: 'a'}, {_id: 'd'}]}]")]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: 'stock', let: {want: '$item'}, pipeline: [{$match: {$expr: {$eq: ['$sku', '$$want']}}}, {$project: {_id: 1}}], as: 's'}}, {$project: {s: 1}}]", "[{_id: 1, s: [{_id: 'a'}]}]")]
    [InlineData("[{$match: {_id: 1}}, {$lookup: {from: 'stock', pipeline: [{$match: {$expr: {$eq: ['$level', '$$limit']}}}, {$project: {_id: 1}}], as: 's'}}, {$project: {s: 1}}]", "[{_id: 1, s: [{_id: 'b'}]}]")]
    [InlineData("[{$match: {_id: 2}}, {$lookup: {from: 'stock', let: {need: '$qty'}, pipeline: [{$match: {$or: [{_id: 'c'}, {$expr: {$gte: ['$level', '$$need']}}]}}, {$project: {_id: 1}}], as: 's'}}, {$project: {s: 1}}]", "[{_id: 2, s: [{_id: 'a'}, {_id: 'c'}, {_id: 'd'}]}]")]
    public void Lookup_joins_by_equality_and_by_pipeline(string pipeline, string expected) =>
        Shell.Canonical(new Serverless.Bson.BsonArray(Aggregate.Run(pipeline, Orders, Stock(), let: "{limit: 3}")))
            .ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Fact]
    public void Equality_lookup_scans_the_foreign_collection_once_per_execution()
    {
        var stock = Stock();
        Aggregate.Run("[{$lookup: {from: 'stock', localField: 'item', foreignField: 'sku', as: 's'}}]", Orders, stock).Count.ShouldBe(4);
        stock.Scans.ShouldBe(1);
    }

    [Theory]
    [InlineData("[{$lookup: {from: 'stock', localField: 'item', as: 's'}}]", 9, "$lookup requires both or neither of 'localField' and 'foreignField' to be specified")]
    [InlineData("[{$lookup: {from: 'stock', as: 's'}}]", 9, "$lookup requires either 'pipeline' or both 'localField' and 'foreignField' to be specified")]
    [InlineData("[{$lookup: {from: 'stock', localField: 'a', foreignField: 'b'}}]", 9, "must specify 'as' field for a $lookup")]
    [InlineData("[{$lookup: {localField: 'a', foreignField: 'b', as: 's'}}]", 9, "missing 'from' option to $lookup stage specification")]
    [InlineData("[{$lookup: {from: 'stock', localField: 'a', foreignField: 'b', as: 's', extra: 1}}]", 9, "unknown argument to $lookup: extra")]
    [InlineData("[{$lookup: {from: 'stock', localField: 'a', foreignField: 'b', let: {x: 1}, as: 's'}}]", 9, "$lookup with 'let' must also specify 'pipeline'")]
    [InlineData("[{$lookup: {from: 'stock', pipeline: [{$nope: 1}], as: 's'}}]", 40324, "Unrecognized pipeline stage name: '$nope'")]
    [InlineData("[{$lookup: 'stock'}]", 9, "the $lookup specification must be an Object, but found string")]
    public void Lookup_rejects_bad_specifications(string pipeline, int code, string message)
    {
        var error = Aggregate.Fails(() => Aggregate.Run(pipeline, Orders, Stock()));
        error.Code.ShouldBe(code);
        error.Message.ShouldBe(message);
    }
}
