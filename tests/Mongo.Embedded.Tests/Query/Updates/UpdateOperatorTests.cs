using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Updates;

public sealed class UpdateOperatorTests
{
    [Theory]
    [InlineData("{_id: 1}", "{$set: {a: 1}}", "{_id: 1, a: 1}")]
    [InlineData("{_id: 1, a: 0}", "{$set: {a: 'x'}}", "{_id: 1, a: 'x'}")]
    [InlineData("{_id: 1}", "{$set: {'a.b.c': 1}}", "{_id: 1, a: {b: {c: 1}}}")]
    [InlineData("{_id: 1, a: {x: 1}}", "{$set: {'a.b': 1}}", "{_id: 1, a: {x: 1, b: 1}}")]
    [InlineData("{_id: 1, a: [1, 2]}", "{$set: {'a.1': 5}}", "{_id: 1, a: [1, 5]}")]
    [InlineData("{_id: 1, a: [1]}", "{$set: {'a.3': 5}}", "{_id: 1, a: [1, null, null, 5]}")]
    [InlineData("{_id: 1}", "{$set: {'a.0': 5}}", "{_id: 1, a: {'0': 5}}")]
    [InlineData("{_id: 1, a: [{b: 1}]}", "{$set: {'a.0.b': 2}}", "{_id: 1, a: [{b: 2}]}")]
    [InlineData("{_id: 1}", "{$set: {b: 1, a: 1}}", "{_id: 1, a: 1, b: 1}")]
    [InlineData("{_id: 1}", "{$set: {'a.10': 1, 'a.9': 1}}", "{_id: 1, a: {'9': 1, '10': 1}}")]
    [InlineData("{_id: 1, a: 1}", "{$set: {}}", "{_id: 1, a: 1}")]
    [InlineData("{_id: 1, a: 1}", "{$set: {_id: 1}}", "{_id: 1, a: 1}")]
    public void Set_creates_or_replaces_fields_and_intermediate_documents(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: 1, b: 2}", "{$unset: {a: ''}}", "{_id: 1, b: 2}")]
    [InlineData("{_id: 1, a: 1}", "{$unset: {x: 1}}", "{_id: 1, a: 1}")]
    [InlineData("{_id: 1, a: {b: 1, c: 2}}", "{$unset: {'a.b': 1}}", "{_id: 1, a: {c: 2}}")]
    [InlineData("{_id: 1, a: [1, 2, 3]}", "{$unset: {'a.1': 1}}", "{_id: 1, a: [1, null, 3]}")]
    [InlineData("{_id: 1, a: 5}", "{$unset: {'a.b': 1}}", "{_id: 1, a: 5}")]
    [InlineData("{_id: 1}", "{$unset: {'a.b': 1}}", "{_id: 1}")]
    public void Unset_removes_fields_and_nulls_array_elements(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: 1}", "{$inc: {a: 2}}", "{_id: 1, a: 3}")]
    [InlineData("{_id: 1}", "{$inc: {a: 2}}", "{_id: 1, a: 2}")]
    [InlineData("{_id: 1, a: 1}", "{$inc: {a: -1.5}}", "{_id: 1, a: -0.5}")]
    [InlineData("{_id: 1, a: 2147483647}", "{$inc: {a: 1}}", "{_id: 1, a: {'$numberLong': '2147483648'}}")]
    [InlineData("{_id: 1, a: {'$numberLong': '5'}}", "{$inc: {a: 1}}", "{_id: 1, a: {'$numberLong': '6'}}")]
    [InlineData("{_id: 1, a: 1}", "{$inc: {a: {'$numberLong': '1'}}}", "{_id: 1, a: {'$numberLong': '2'}}")]
    [InlineData("{_id: 1, a: 1}", "{$inc: {a: {'$numberDecimal': '0.1'}}}", "{_id: 1, a: {'$numberDecimal': '1.1'}}")]
    [InlineData("{_id: 1, a: {b: 1}}", "{$inc: {'a.b': 1, 'a.c': 1}}", "{_id: 1, a: {b: 2, c: 1}}")]
    [InlineData("{_id: 1, a: 3}", "{$mul: {a: 2}}", "{_id: 1, a: 6}")]
    [InlineData("{_id: 1, a: 3}", "{$mul: {a: 0.5}}", "{_id: 1, a: 1.5}")]
    [InlineData("{_id: 1}", "{$mul: {a: 2}}", "{_id: 1, a: 0}")]
    [InlineData("{_id: 1}", "{$mul: {a: 2.5}}", "{_id: 1, a: 0.0}")]
    [InlineData("{_id: 1, a: 65536}", "{$mul: {a: 65536}}", "{_id: 1, a: {'$numberLong': '4294967296'}}")]
    public void Inc_and_mul_promote_numeric_types(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: 5}", "{$min: {a: 3}}", "{_id: 1, a: 3}")]
    [InlineData("{_id: 1, a: 5}", "{$min: {a: 7}}", "{_id: 1, a: 5}")]
    [InlineData("{_id: 1}", "{$min: {a: 7}}", "{_id: 1, a: 7}")]
    [InlineData("{_id: 1, a: 5}", "{$max: {a: 7}}", "{_id: 1, a: 7}")]
    [InlineData("{_id: 1, a: 5}", "{$max: {a: 3}}", "{_id: 1, a: 5}")]
    [InlineData("{_id: 1, a: 5}", "{$max: {a: 'x'}}", "{_id: 1, a: 'x'}")]
    [InlineData("{_id: 1, a: 5}", "{$min: {a: null}}", "{_id: 1, a: null}")]
    public void Min_and_max_compare_in_bson_order(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: 1, b: 2}", "{$rename: {a: 'c'}}", "{_id: 1, b: 2, c: 1}")]
    [InlineData("{_id: 1, a: 1, b: 2}", "{$rename: {a: 'b'}}", "{_id: 1, b: 1}")]
    [InlineData("{_id: 1, b: 2}", "{$rename: {a: 'c'}}", "{_id: 1, b: 2}")]
    [InlineData("{_id: 1, a: {b: 1}}", "{$rename: {'a.b': 'c.d'}}", "{_id: 1, a: {}, c: {d: 1}}")]
    public void Rename_moves_a_value_and_ignores_a_missing_source(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: [1]}", "{$push: {a: 2}}", "{_id: 1, a: [1, 2]}")]
    [InlineData("{_id: 1}", "{$push: {a: 2}}", "{_id: 1, a: [2]}")]
    [InlineData("{_id: 1, a: [1]}", "{$push: {a: [2, 3]}}", "{_id: 1, a: [1, [2, 3]]}")]
    [InlineData("{_id: 1, a: [1]}", "{$push: {a: {$each: [2, 3]}}}", "{_id: 1, a: [1, 2, 3]}")]
    [InlineData("{_id: 1, a: [1, 2]}", "{$push: {a: {$each: [9], $position: 0}}}", "{_id: 1, a: [9, 1, 2]}")]
    [InlineData("{_id: 1, a: [1, 2]}", "{$push: {a: {$each: [9], $position: -1}}}", "{_id: 1, a: [1, 9, 2]}")]
    [InlineData("{_id: 1, a: [1, 2]}", "{$push: {a: {$each: [9], $position: 10}}}", "{_id: 1, a: [1, 2, 9]}")]
    [InlineData("{_id: 1, a: [5, 1]}", "{$push: {a: {$each: [3], $sort: 1}}}", "{_id: 1, a: [1, 3, 5]}")]
    [InlineData("{_id: 1, a: [5, 1]}", "{$push: {a: {$each: [3], $sort: -1, $slice: 2}}}", "{_id: 1, a: [5, 3]}")]
    [InlineData("{_id: 1, a: [5, 1]}", "{$push: {a: {$each: [3], $slice: -2}}}", "{_id: 1, a: [1, 3]}")]
    [InlineData("{_id: 1, a: [5, 1]}", "{$push: {a: {$each: [], $slice: 0}}}", "{_id: 1, a: []}")]
    [InlineData("{_id: 1, a: [{s: 2}, {s: 9}]}", "{$push: {a: {$each: [{s: 5}], $sort: {s: -1}}}}", "{_id: 1, a: [{s: 9}, {s: 5}, {s: 2}]}")]
    [InlineData("{_id: 1, a: [1]}", "{$push: {a: {b: 1}}}", "{_id: 1, a: [1, {b: 1}]}")]
    public void Push_appends_with_each_position_sort_and_slice(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: [1, 2]}", "{$addToSet: {a: 2}}", "{_id: 1, a: [1, 2]}")]
    [InlineData("{_id: 1, a: [1, 2]}", "{$addToSet: {a: 3}}", "{_id: 1, a: [1, 2, 3]}")]
    [InlineData("{_id: 1, a: [1, 2]}", "{$addToSet: {a: 2.0}}", "{_id: 1, a: [1, 2]}")]
    [InlineData("{_id: 1}", "{$addToSet: {a: 3}}", "{_id: 1, a: [3]}")]
    [InlineData("{_id: 1, a: [1]}", "{$addToSet: {a: {$each: [1, 2, 2, 3]}}}", "{_id: 1, a: [1, 2, 3]}")]
    [InlineData("{_id: 1, a: [[1]]}", "{$addToSet: {a: [1]}}", "{_id: 1, a: [[1]]}")]
    [InlineData("{_id: 1, a: [1, 2, 3]}", "{$pop: {a: 1}}", "{_id: 1, a: [1, 2]}")]
    [InlineData("{_id: 1, a: [1, 2, 3]}", "{$pop: {a: -1}}", "{_id: 1, a: [2, 3]}")]
    [InlineData("{_id: 1, a: []}", "{$pop: {a: 1}}", "{_id: 1, a: []}")]
    [InlineData("{_id: 1}", "{$pop: {a: 1}}", "{_id: 1}")]
    [InlineData("{_id: 1, a: [1, 2, 1, 3]}", "{$pull: {a: 1}}", "{_id: 1, a: [2, 3]}")]
    [InlineData("{_id: 1, a: [1, 5, 8]}", "{$pull: {a: {$gte: 5}}}", "{_id: 1, a: [1]}")]
    [InlineData("{_id: 1, a: ['ab', 'cd']}", "{$pull: {a: {$in: ['cd', 'x']}}}", "{_id: 1, a: ['ab']}")]
    [InlineData("{_id: 1, a: [{b: 1, c: 1}, {b: 2}]}", "{$pull: {a: {b: 1}}}", "{_id: 1, a: [{b: 2}]}")]
    [InlineData("{_id: 1, a: [{b: 1, c: 1}, {b: 2}]}", "{$pull: {a: {b: {$gt: 1}}}}", "{_id: 1, a: [{b: 1, c: 1}]}")]
    [InlineData("{_id: 1, a: [[1, 2], 1]}", "{$pull: {a: 1}}", "{_id: 1, a: [[1, 2]]}")]
    [InlineData("{_id: 1, a: [[1, 2], 1]}", "{$pull: {a: [1, 2]}}", "{_id: 1, a: [1]}")]
    [InlineData("{_id: 1}", "{$pull: {a: 1}}", "{_id: 1}")]
    [InlineData("{_id: 1, a: [1, 2, 3, 1]}", "{$pullAll: {a: [1, 3]}}", "{_id: 1, a: [2]}")]
    public void AddToSet_pop_and_pull_edit_arrays(string document, string update, string expected) => Check(document, update, expected);

    [Theory]
    [InlineData("{_id: 1, a: 13}", "{$bit: {a: {and: 10}}}", "{_id: 1, a: 8}")]
    [InlineData("{_id: 1, a: 13}", "{$bit: {a: {or: 2}}}", "{_id: 1, a: 15}")]
    [InlineData("{_id: 1, a: 13}", "{$bit: {a: {xor: 1}}}", "{_id: 1, a: 12}")]
    [InlineData("{_id: 1, a: 1}", "{$bit: {a: {or: {'$numberLong': '2'}}}}", "{_id: 1, a: {'$numberLong': '3'}}")]
    [InlineData("{_id: 1}", "{$bit: {a: {or: 5}}}", "{_id: 1, a: 5}")]
    public void Bit_applies_and_or_xor_to_integers(string document, string update, string expected) => Check(document, update, expected);

    [Fact]
    public void CurrentDate_writes_the_clock_time_as_date_or_timestamp()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var spec = UpdateSpec.Parse(Json.Doc("{$currentDate: {d: true, t: {$type: 'timestamp'}, e: {$type: 'date'}}}"), null, clock);
        var result = spec.Apply(Json.Doc("{_id: 1}"), isUpsertInsert: false);
        result.ShouldBe(Json.Doc("{_id: 1, d: {'$date': '2023-11-14T22:13:20Z'}, e: {'$date': '2023-11-14T22:13:20Z'}, t: {'$timestamp': {t: 1700000000, i: 1}}}"));
    }

    [Fact]
    public void Multiple_operators_apply_together()
    {
        Check("{_id: 1, a: 1, b: [1], c: 5}", "{$inc: {a: 1}, $push: {b: 2}, $unset: {c: 1}, $set: {d: 'x'}}", "{_id: 1, a: 2, b: [1, 2], d: 'x'}");
    }

    private static void Check(string document, string update, string expected) =>
        UpdateSpec.Parse(Json.Doc(update), null).Apply(Json.Doc(document), isUpsertInsert: false).ShouldBe(Json.Doc(expected));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
