using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Projections;

public sealed class ProjectionTests
{
    private const string Sample = "{_id: 1, a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 7, [{f: 4}]], h: [1, 2, 3, 4, 5]}";

    [Theory]
    [InlineData("{}", Sample)]
    [InlineData("{a: 1}", "{_id: 1, a: 1}")]
    [InlineData("{a: true}", "{_id: 1, a: 1}")]
    [InlineData("{a: 1, _id: 0}", "{a: 1}")]
    [InlineData("{_id: 0, a: 1}", "{a: 1}")]
    [InlineData("{_id: 1}", "{_id: 1}")]
    [InlineData("{missing: 1}", "{_id: 1}")]
    [InlineData("{'b.c': 1}", "{_id: 1, b: {c: 2}}")]
    [InlineData("{b: {c: 1}}", "{_id: 1, b: {c: 2}}")]
    [InlineData("{'a.x': 1}", "{_id: 1}")]
    [InlineData("{'e.f': 1}", "{_id: 1, e: [{f: 1}, {f: 3}, [{f: 4}]]}")]
    [InlineData("{h: 1, a: 1}", "{_id: 1, a: 1, h: [1, 2, 3, 4, 5]}")]
    public void Inclusion_keeps_listed_fields_in_document_order(string projection, string expected) =>
        Check(projection, Sample, expected);

    [Theory]
    [InlineData("{a: 0}", "{_id: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 7, [{f: 4}]], h: [1, 2, 3, 4, 5]}")]
    [InlineData("{_id: 0, b: 0, e: 0, h: 0}", "{a: 1}")]
    [InlineData("{'b.c': 0, e: 0, h: 0}", "{_id: 1, a: 1, b: {d: 3}}")]
    [InlineData("{'e.f': 0, b: 0, h: 0}", "{_id: 1, a: 1, e: [{g: 2}, {}, 7, [{}]]}")]
    [InlineData("{_id: 0}", "{a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 7, [{f: 4}]], h: [1, 2, 3, 4, 5]}")]
    [InlineData("{'a.x': 0, b: 0, e: 0, h: 0}", "{_id: 1, a: 1}")]
    public void Exclusion_drops_listed_fields(string projection, string expected) =>
        Check(projection, Sample, expected);

    [Theory]
    [InlineData("{h: {$slice: 2}, _id: 0, a: 0, b: 0, e: 0}", "{h: [1, 2]}")]
    [InlineData("{h: {$slice: -2}, _id: 0, a: 0, b: 0, e: 0}", "{h: [4, 5]}")]
    [InlineData("{h: {$slice: [1, 2]}, _id: 0, a: 0, b: 0, e: 0}", "{h: [2, 3]}")]
    [InlineData("{h: {$slice: [-2, 5]}, _id: 0, a: 0, b: 0, e: 0}", "{h: [4, 5]}")]
    [InlineData("{h: {$slice: [10, 2]}, _id: 0, a: 0, b: 0, e: 0}", "{h: []}")]
    [InlineData("{h: {$slice: 10}, _id: 0, a: 0, b: 0, e: 0}", "{h: [1, 2, 3, 4, 5]}")]
    [InlineData("{a: {$slice: 1}, _id: 0, b: 0, e: 0, h: 0}", "{a: 1}")]
    [InlineData("{h: {$slice: 1}, a: 1}", "{_id: 1, a: 1, h: [1]}")]
    public void Slice_returns_part_of_an_array(string projection, string expected) =>
        Check(projection, Sample, expected);

    [Fact]
    public void Slice_alone_keeps_every_other_field() =>
        Check("{h: {$slice: 1}}", Sample, "{_id: 1, a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 7, [{f: 4}]], h: [1]}");

    [Theory]
    [InlineData("{s: {$elemMatch: {school: 102}}}", "{_id: 1, s: [{school: 102, age: 10}]}")]
    [InlineData("{s: {$elemMatch: {age: {$gt: 10}}}}", "{_id: 1, s: [{school: 101, age: 11}]}")]
    [InlineData("{s: {$elemMatch: {school: 999}}}", "{_id: 1}")]
    [InlineData("{s: {$elemMatch: {school: 102}}, z: 1}", "{_id: 1, z: 0, s: [{school: 102, age: 10}]}")]
    public void ElemMatch_returns_the_first_matching_element(string projection, string expected) =>
        Check(projection, "{_id: 1, z: 0, s: [{school: 101, age: 11}, {school: 102, age: 10}, {school: 102, age: 12}]}", expected);

    [Theory]
    [InlineData("{grades: {$gte: 85}}", "{'grades.$': 1}", "{_id: 1, grades: [90]}")]
    [InlineData("{grades: 80}", "{'grades.$': 1, _id: 0}", "{grades: [80]}")]
    [InlineData("{'items.qty': {$gt: 4}}", "{'items.$': 1}", "{_id: 1, items: [{qty: 5}]}")]
    [InlineData("{_id: 1, grades: {$lt: 85}}", "{'grades.$': 1}", "{_id: 1, grades: [80]}")]
    public void Positional_returns_the_element_the_query_matched(string filter, string projection, string expected)
    {
        var document = Json.Doc("{_id: 1, grades: [80, 90, 95], items: [{qty: 1}, {qty: 5}, {qty: 9}]}");
        Projection.Parse(Json.Doc(projection)).Apply(document, QueryFilter.Parse(Json.Doc(filter))).ShouldBe(Json.Doc(expected));
    }

    [Fact]
    public void Positional_without_a_matching_condition_fails()
    {
        var projection = Projection.Parse(Json.Doc("{'grades.$': 1}"));
        projection.UsesPositional.ShouldBeTrue();
        var error = Should.Throw<QueryException>(() => projection.Apply(Json.Doc("{grades: [1, 2]}"), QueryFilter.Parse(Json.Doc("{other: 1}"))));
        error.Code.ShouldBe(51246);
    }

    [Theory]
    [InlineData("{a: 1, b: 0}", 31254, "Cannot do exclusion on field b in inclusion projection")]
    [InlineData("{a: 0, b: 1}", 31253, "Cannot do inclusion on field b in exclusion projection")]
    [InlineData("{a: 0, 'b.c': 1}", 31253, "Cannot do inclusion on field b.c in exclusion projection")]
    [InlineData("{a: 0, b: {$elemMatch: {x: 1}}}", 31253, "Cannot do inclusion on field b in exclusion projection")]
    [InlineData("{a: 1, 'a.b': 1}", 31250, "Path collision at a.b")]
    [InlineData("{'a.b': 1, a: 1}", 31250, "Path collision at a")]
    [InlineData("{'a.$': 1, 'b.$': 1}", 31276, "Cannot specify more than one positional projection per query.")]
    [InlineData("{a: {$slice: 'x'}}", 28667, "Argument to $slice must be a number or an array of two numbers")]
    [InlineData("{a: {$slice: [1, 0]}}", 28724, "Second argument to $slice must be a positive number")]
    [InlineData("{'a.b': {$elemMatch: {x: 1}}}", 2, "Cannot use $elemMatch projection on a nested field.")]
    [InlineData("{a: {$foo: 1}}", 2, "Unknown projection operator $foo")]
    [InlineData("{a: 'literal'}", 238, "aggregation expression")]
    [InlineData("{a: {}}", 51270, "An empty sub-projection is not a valid value")]
    public void Parse_rejects_invalid_projections(string projection, int code, string message)
    {
        var error = Should.Throw<QueryException>(() => Projection.Parse(Json.Doc(projection)));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("{_id: 0, a: 1}", true)]
    [InlineData("{_id: 0}", false)]
    [InlineData("{_id: 1}", true)]
    [InlineData("{a: {$slice: 1}}", false)]
    [InlineData("{a: 0}", false)]
    public void IsInclusion_reflects_the_first_non_id_field(string projection, bool inclusion) =>
        Projection.Parse(Json.Doc(projection)).IsInclusion.ShouldBe(inclusion);

    private static void Check(string projection, string document, string expected) =>
        Projection.Parse(Json.Doc(projection)).Apply(Json.Doc(document)).ShouldBe(Json.Doc(expected));
}
