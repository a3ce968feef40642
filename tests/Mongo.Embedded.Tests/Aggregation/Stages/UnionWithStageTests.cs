namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class UnionWithStageTests
{
    private static InMemoryCollections Archive() => new InMemoryCollections().Add("test", "archive", "[{_id: 10, v: 1}, {_id: 11, v: 7}]");

    [Theory]
    [InlineData("[{$unionWith: 'archive'}]", "[{_id: 1, v: 3}, {_id: 10, v: 1}, {_id: 11, v: 7}]")]
    [InlineData("[{$unionWith: {coll: 'archive', pipeline: [{$match: {v: {$gt: 5}}}]}}]", "[{_id: 1, v: 3}, {_id: 11, v: 7}]")]
    [InlineData("[{$unionWith: {coll: 'archive'}}, {$sort: {v: -1}}, {$limit: 1}]", "[{_id: 11, v: 7}]")]
    [InlineData("[{$unionWith: 'absent'}]", "[{_id: 1, v: 3}]")]
    public void UnionWith_appends_the_other_collection(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, "[{_id: 1, v: 3}]", Archive()).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Theory]
    [InlineData("[{$unionWith: {pipeline: []}}]", 40414)]
    [InlineData("[{$unionWith: {coll: 'a', x: 1}}]", 40415)]
    [InlineData("[{$unionWith: {coll: 'a', pipeline: 1}}]", 14)]
    [InlineData("[{$unionWith: 1}]", 9)]
    public void UnionWith_rejects_bad_specifications(string pipeline, int code) =>
        Aggregate.Fails(() => Aggregate.Run(pipeline, "[]", Archive())).Code.ShouldBe(code);
}
