namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class GroupStageTests
{
    private const string Input = "[{_id: 1, k: 'a', v: 1, tag: 'x'}, {_id: 2, k: 'b', v: 2.5, tag: 'y'}, {_id: 3, k: 'a', v: 3, tag: 'x'}, {_id: 4, k: 'a', tag: 'z'}, {_id: 5, v: 10}]";

    [Theory]
    [InlineData("[{$group: {_id: '$k', n: {$sum: 1}}}]", "[{_id: 'a', n: 3}, {_id: 'b', n: 1}, {_id: null, n: 1}]")]
    [InlineData("[{$group: {_id: '$k', total: {$sum: '$v'}}}]", "[{_id: 'a', total: 4}, {_id: 'b', total: 2.5}, {_id: null, total: 10}]")]
    [InlineData("[{$group: {_id: null, avg: {$avg: '$v'}, min: {$min: '$v'}, max: {$max: '$v'}}}]", "[{_id: null, avg: 4.125, min: 1, max: 10}]")]
    [InlineData("[{$match: {k: 'a'}}, {$group: {_id: '$k', first: {$first: '$v'}, last: {$last: '$v'}}}]", "[{_id: 'a', first: 1, last: null}]")]
    [InlineData("[{$match: {k: 'a'}}, {$group: {_id: '$k', all: {$push: '$tag'}, set: {$addToSet: '$tag'}}}]", "[{_id: 'a', all: ['x', 'x', 'z'], set: ['x', 'z']}]")]
    [InlineData("[{$group: {_id: '$k', c: {$count: {}}}}, {$sort: {c: -1}}, {$limit: 1}]", "[{_id: 'a', c: 3}]")]
    [InlineData("[{$group: {_id: {k: '$k', t: '$tag'}, n: {$sum: 1}}}, {$match: {'_id.k': 'a'}}]", "[{_id: {k: 'a', t: 'x'}, n: 2}, {_id: {k: 'a', t: 'z'}, n: 1}]")]
    [InlineData("[{$group: {_id: {$gt: ['$v', 2]}, n: {$sum: 1}}}]", "[{_id: false, n: 2}, {_id: true, n: 3}]")]
    [InlineData("[{$match: {tag: {$exists: true}}}, {$group: {_id: null, m: {$mergeObjects: {$arrayToObject: [[['$tag', '$_id']]]}}}}]", "[{_id: null, m: {x: 3, y: 2, z: 4}}]")]
    [InlineData("[{$match: {k: 'z'}}, {$group: {_id: null, n: {$sum: 1}}}]", "[]")]
    [InlineData("[{$group: {_id: null, s: {$sum: '$tag'}, a: {$avg: '$tag'}}}]", "[{_id: null, s: 0, a: null}]")]
    [InlineData("[{$group: {_id: 1, s: {$sum: {$numberLong: '2'}}}}]", "[{_id: 1, s: {$numberLong: '10'}}]")]
    public void Group_accumulates_per_distinct_key(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, Input).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Fact]
    public void Numerically_equal_keys_form_one_group() =>
        Aggregate.RunCanonical("[{$group: {_id: '$k', n: {$sum: 1}}}]", "[{k: 1}, {k: 1.0}, {k: {$numberLong: '1'}}]")
            .ShouldBe(Shell.Canonical(Shell.Array("[{_id: 1, n: 3}]")));

    [Fact]
    public void Sum_overflowing_int_becomes_long() =>
        Aggregate.RunCanonical("[{$group: {_id: null, s: {$sum: '$v'}}}]", "[{v: 2147483647}, {v: 1}]")
            .ShouldBe(Shell.Canonical(Shell.Array("[{_id: null, s: {$numberLong: '2147483648'}}]")));

    [Theory]
    [InlineData("[{$group: {n: {$sum: 1}}}]", 15955)]
    [InlineData("[{$group: 1}]", 15947)]
    [InlineData("[{$group: {_id: null, n: {$bogus: 1}}}]", 15952)]
    [InlineData("[{$group: {_id: null, n: 1}}]", 40234)]
    [InlineData("[{$group: {_id: null, 'a.b': {$sum: 1}}}]", 40235)]
    [InlineData("[{$group: {_id: null, n: {$sum: [1, 2]}}}]", 40237)]
    [InlineData("[{$group: {_id: null, n: {$count: 1}}}]", 40237)]
    public void Group_rejects_bad_specifications(string pipeline, int code) =>
        Aggregate.Fails(() => Aggregate.Run(pipeline, Input)).Code.ShouldBe(code);
}
