namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class FacetStageTests
{
    private const string Input = "[{_id: 1, t: 'a', v: 5}, {_id: 2, t: 'b', v: 3}, {_id: 3, t: 'a', v: 9}, {_id: 4, t: 'c', v: 1}]";

    [Theory]
    [InlineData("[{$facet: {all: [{$count: 'n'}], top: [{$sort: {v: -1}}, {$limit: 1}, {$project: {_id: 1}}]}}]", "[{all: [{n: 4}], top: [{_id: 3}]}]")]
    [InlineData("[{$facet: {a: [{$match: {t: 'a'}}, {$project: {_id: 1}}], none: [{$match: {t: 'z'}}]}}]", "[{a: [{_id: 1}, {_id: 3}], none: []}]")]
    [InlineData("[{$match: {t: 'z'}}, {$facet: {n: [{$count: 'n'}]}}]", "[{n: []}]")]
    [InlineData("[{$facet: {page: [{$sort: {_id: 1}}, {$skip: 1}, {$limit: 2}, {$project: {_id: 1}}]}}, {$project: {first: {$first: '$page._id'}}}]", "[{first: 2}]")]
    public void Facet_runs_each_branch_over_the_same_input(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, Input).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Theory]
    [InlineData("[{$facet: {}}]", 40169)]
    [InlineData("[{$facet: {a: 1}}]", 40170)]
    [InlineData("[{$facet: {$a: []}}]", 40352)]
    [InlineData("[{$facet: {a: [{$facet: {b: []}}]}}]", 40600)]
    [InlineData("[{$facet: {a: [{$out: 'x'}]}}]", 40600)]
    [InlineData("[{$facet: {a: [{$match: {}, $limit: 1}]}}]", 40323)]
    public void Facet_rejects_bad_specifications(string pipeline, int code) =>
        Aggregate.Fails(() => Aggregate.Run(pipeline, Input)).Code.ShouldBe(code);

    [Fact]
    public void A_facet_document_over_the_bson_size_limit_fails_with_BSONObjectTooLarge()
    {
        // Three 3 MB documents: each branch holds 9 MB, the facet document 18 MB.
        var large = new string('x', 3 * 1024 * 1024);
        var input = $"[{{_id: 1, s: '{large}'}}, {{_id: 2, s: '{large}'}}, {{_id: 3, s: '{large}'}}]";

        var error = Aggregate.Fails(() => Aggregate.Run("[{$facet: {a: [{$match: {}}], b: [{$match: {}}]}}]", input));

        error.Code.ShouldBe(10334);
        Aggregate.Run("[{$facet: {a: [{$match: {}}]}}]", input).Single()["a"].AsArray.Count.ShouldBe(3);
    }
}
