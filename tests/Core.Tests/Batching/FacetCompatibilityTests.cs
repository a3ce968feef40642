using Serverless.Core.Batching;

namespace Serverless.Core.Tests.Batching;

/// <summary>Which keys a $facet batch can answer exactly like their own command (§9.4 [REC]); the rest run alone.</summary>
public sealed class FacetCompatibilityTests
{
    [Theory]
    [InlineData("{year: 2000}", null, true)]
    [InlineData("{$or: [{a: 1}, {b: {$in: [1, 2]}}], $expr: {$gt: ['$a', 1]}}", "{a: -1, _id: 1}", true)]
    [InlineData("{$text: {$search: 'alien'}}", null, false)]
    [InlineData("{$and: [{year: 2000}, {loc: {$near: {$geometry: {type: 'Point', coordinates: [0, 0]}}}}]}", null, false)]
    [InlineData("{loc: {$nearSphere: [0, 0]}}", null, false)]
    [InlineData("{$where: 'this.a > 1'}", null, false)]
    [InlineData("{year: 2000}", "{$natural: -1}", false)]
    [InlineData("{year: 2000}", "{score: {$meta: 'textScore'}}", false)]
    public void Queries_with_find_only_operators_or_sorts_run_alone(string find, string? sort, bool canBatch) =>
        FacetCompatibility.QueryCanRunInFacet(ShellJson.Doc(find), sort is null ? null : ShellJson.Doc(sort)).ShouldBe(canBatch);

    [Theory]
    [InlineData("[{$match: {a: 1}}, {$lookup: {from: 'b', localField: 'a', foreignField: 'a', as: 'bs'}}, {$group: {_id: '$a'}}]", true)]
    [InlineData("[]", true)]
    [InlineData("[{$match: {a: 1}}, {$out: 'copy'}]", false)]
    [InlineData("[{$match: {a: 1}}, {$merge: {into: 'copy'}}]", false)]
    [InlineData("[{$facet: {n: [{$count: 'n'}]}}]", false)]
    [InlineData("[{$geoNear: {near: [0, 0], distanceField: 'd'}}]", false)]
    [InlineData("[{$search: {text: {query: 'x', path: 'title'}}}]", false)]
    [InlineData("[{$collStats: {count: {}}}]", false)]
    [InlineData("[{$match: {$text: {$search: 'x'}}}]", false)]
    [InlineData("[{$match: {a: 1}, $limit: 1}]", false)]
    public void Pipelines_with_stages_facet_refuses_run_alone(string pipeline, bool canBatch) =>
        FacetCompatibility.PipelineCanRunInFacet(ShellJson.Pipeline(pipeline)).ShouldBe(canBatch);

    [Theory]
    [InlineData("{a: 1}", true)]
    [InlineData("{}", false)]
    [InlineData("{$expr: {$lt: [{$rand: {}}, 0.5]}}", false)]
    [InlineData("{$and: [{a: 1}, {$sampleRate: 0.3}]}", false)]
    public void Only_non_empty_deterministic_filters_narrow_the_batch(string filter, bool narrows) =>
        FacetCompatibility.CanNarrow(ShellJson.Doc(filter)).ShouldBe(narrows);
}
