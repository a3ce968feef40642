namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class OrderingStageTests
{
    private const string Input = "[{_id: 1, g: 'x', v: 3}, {_id: 2, g: 'y', v: 1}, {_id: 3, g: 'x', v: 2}, {_id: 4, g: 'x', v: 2}, {_id: 5, g: 'z'}]";

    [Theory]
    [InlineData("[{$sort: {v: 1}}, {$project: {_id: 1}}]", "[{_id: 5}, {_id: 2}, {_id: 3}, {_id: 4}, {_id: 1}]")]
    [InlineData("[{$sort: {v: -1, _id: -1}}, {$project: {_id: 1}}]", "[{_id: 1}, {_id: 4}, {_id: 3}, {_id: 2}, {_id: 5}]")]
    [InlineData("[{$sort: {v: 1}}, {$skip: 1}, {$limit: 2}, {$project: {_id: 1}}]", "[{_id: 2}, {_id: 3}]")]
    [InlineData("[{$skip: 10}]", "[]")]
    [InlineData("[{$skip: 0}, {$limit: 1}, {$project: {_id: 1}}]", "[{_id: 1}]")]
    [InlineData("[{$limit: {$numberLong: '2'}}, {$project: {_id: 1}}]", "[{_id: 1}, {_id: 2}]")]
    [InlineData("[{$count: 'total'}]", "[{total: 5}]")]
    [InlineData("[{$match: {g: 'x'}}, {$count: 'xs'}]", "[{xs: 3}]")]
    [InlineData("[{$match: {g: 'none'}}, {$count: 'xs'}]", "[]")]
    [InlineData("[{$match: {v: {$gte: 2}}}, {$project: {_id: 1}}]", "[{_id: 1}, {_id: 3}, {_id: 4}]")]
    [InlineData("[{$match: {$or: [{g: 'y'}, {v: 3}]}}, {$project: {_id: 1}}]", "[{_id: 1}, {_id: 2}]")]
    [InlineData("[{$match: {$expr: {$gt: ['$v', '$_id']}}}, {$project: {_id: 1}}]", "[{_id: 1}]")]
    [InlineData("[{$match: {g: 'x', $expr: {$eq: ['$v', 2]}}}, {$project: {_id: 1}}]", "[{_id: 3}, {_id: 4}]")]
    [InlineData("[{$sortByCount: '$g'}]", "[{_id: 'x', count: 3}, {_id: 'y', count: 1}, {_id: 'z', count: 1}]")]
    [InlineData("[{$sortByCount: {$gt: ['$v', 1]}}]", "[{_id: true, count: 3}, {_id: false, count: 2}]")]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [0, 2, 10], default: 'other'}}]", "[{_id: 0, count: 1}, {_id: 2, count: 3}, {_id: 'other', count: 1}]")]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [1, 3], default: 99, output: {ids: {$push: '$_id'}, top: {$max: '$v'}}}}]", "[{_id: 1, ids: [2, 3, 4], top: 2}, {_id: 99, ids: [1, 5], top: 3}]")]
    public void Ordering_and_counting_stages(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, Input).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(10, 5)]
    public void Sample_returns_distinct_input_documents(int size, int expected)
    {
        var results = Aggregate.Run($"[{{$sample: {{size: {size}}}}}]", Input);
        results.Count.ShouldBe(expected);
        results.Select(d => d["_id"].AsInt32).Distinct().Count().ShouldBe(expected);
        results.ShouldAllBe(d => d["_id"].AsInt32 >= 1 && d["_id"].AsInt32 <= 5);
    }

    [Theory]
    [InlineData("[{$sort: {}}]", 15976)]
    [InlineData("[{$sort: 1}]", 15973)]
    [InlineData("[{$skip: -1}]", 15956)]
    [InlineData("[{$skip: 'a'}]", 15972)]
    [InlineData("[{$limit: 0}]", 15958)]
    [InlineData("[{$limit: 1.5}]", 15957)]
    [InlineData("[{$count: ''}]", 40157)]
    [InlineData("[{$count: '$x'}]", 40158)]
    [InlineData("[{$count: 'a.b'}]", 40160)]
    [InlineData("[{$count: 1}]", 40156)]
    [InlineData("[{$match: 1}]", 15959)]
    [InlineData("[{$sortByCount: 'g'}]", 40148)]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [0]}}]", 40192)]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [5, 1]}}]", 40194)]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [0, 'a']}}]", 40193)]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [0, 10], default: 5}}]", 40199)]
    [InlineData("[{$bucket: {groupBy: 'v', boundaries: [0, 10]}}]", 40202)]
    [InlineData("[{$bucket: {boundaries: [0, 10]}}]", 40198)]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [0, 10], foo: 1}}]", 40197)]
    [InlineData("[{$bucket: {groupBy: '$v', boundaries: [0, 2]}}]", 40066)]
    [InlineData("[{$sample: {}}]", 28749)]
    [InlineData("[{$sample: {size: -1}}]", 28747)]
    [InlineData("[{$sample: {size: 1, x: 1}}]", 28748)]
    public void Ordering_stages_reject_bad_specifications(string pipeline, int code) =>
        Aggregate.Fails(() => Aggregate.Run(pipeline, Input)).Code.ShouldBe(code);
}
