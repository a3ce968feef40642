using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Sorting;

public sealed class SortSpecTests
{
    [Theory]
    [InlineData("{a: 1}", "[{_id: 1, a: 3}, {_id: 2, a: 1}, {_id: 3, a: 2}]", "[2, 3, 1]")]
    [InlineData("{a: -1}", "[{_id: 1, a: 3}, {_id: 2, a: 1}, {_id: 3, a: 2}]", "[1, 3, 2]")]
    [InlineData("{a: 1, b: -1}", "[{_id: 1, a: 1, b: 1}, {_id: 2, a: 1, b: 2}, {_id: 3, a: 0, b: 0}]", "[3, 2, 1]")]
    // Numbers of different types compare by value.
    [InlineData("{a: 1}", "[{_id: 1, a: 2.5}, {_id: 2, a: {'$numberLong': '2'}}, {_id: 3, a: 3}]", "[2, 1, 3]")]
    // Cross-type order: null < numbers < strings < objects < arrays... missing sorts as null.
    [InlineData("{a: 1}", "[{_id: 1, a: 'x'}, {_id: 2, a: 1}, {_id: 3}, {_id: 4, a: {b: 1}}, {_id: 5, a: null}]", "[3, 5, 2, 1, 4]")]
    // Arrays sort by their smallest element ascending, largest descending.
    [InlineData("{a: 1}", "[{_id: 1, a: [5, 0]}, {_id: 2, a: 1}, {_id: 3, a: [2, 3]}]", "[1, 2, 3]")]
    [InlineData("{a: -1}", "[{_id: 1, a: [5, 0]}, {_id: 2, a: 1}, {_id: 3, a: [2, 3]}]", "[1, 3, 2]")]
    // The empty array sorts below null.
    [InlineData("{a: 1}", "[{_id: 1, a: null}, {_id: 2, a: []}, {_id: 3, a: 0}]", "[2, 1, 3]")]
    // Dotted paths through arrays of documents.
    [InlineData("{'a.b': 1}", "[{_id: 1, a: [{b: 5}, {b: 1}]}, {_id: 2, a: {b: 2}}, {_id: 3, a: [{b: 3}]}]", "[1, 2, 3]")]
    [InlineData("{'a.b': -1}", "[{_id: 1, a: [{b: 5}, {b: 1}]}, {_id: 2, a: {b: 2}}, {_id: 3, a: [{b: 3}]}]", "[1, 3, 2]")]
    // A branch without the field contributes null.
    [InlineData("{'a.b': 1}", "[{_id: 1, a: [{b: 5}, {}]}, {_id: 2, a: {b: 2}}]", "[1, 2]")]
    // $natural keeps the input order; equal keys keep it too with a stable sort.
    [InlineData("{$natural: 1}", "[{_id: 3}, {_id: 1}, {_id: 2}]", "[3, 1, 2]")]
    [InlineData("{a: 1}", "[{_id: 3, a: 1}, {_id: 1, a: 1}, {_id: 2, a: 0}]", "[2, 3, 1]")]
    public void Sorts_documents_in_mongodb_order(string sort, string documents, string expectedIds)
    {
        var spec = SortSpec.Parse(Json.Doc(sort));
        var sorted = Json.Array(documents).Cast<BsonDocument>().Order(spec).Select(d => d["_id"]).ToList();
        sorted.ShouldBe(Json.Array(expectedIds).ToList());
    }

    [Theory]
    [InlineData("{a: 2}")]
    [InlineData("{a: 'asc'}")]
    [InlineData("{a: 0}")]
    public void Parse_rejects_directions_other_than_one_and_minus_one(string sort)
    {
        var error = Should.Throw<QueryException>(() => SortSpec.Parse(Json.Doc(sort)));
        error.Code.ShouldBe(15975);
        error.Message.ShouldBe("$sort key ordering must be 1 (for ascending) or -1 (for descending)");
    }

    [Fact]
    public void Parse_rejects_meta_sort_as_not_implemented() =>
        Should.Throw<QueryException>(() => SortSpec.Parse(Json.Doc("{s: {$meta: 'textScore'}}"))).Code.ShouldBe(238);

    [Fact]
    public void Natural_and_empty_sorts_are_flagged_natural()
    {
        SortSpec.Parse(Json.Doc("{}")).IsNatural.ShouldBeTrue();
        SortSpec.Parse(Json.Doc("{$natural: -1}")).IsNatural.ShouldBeTrue();
        SortSpec.Parse(Json.Doc("{$natural: -1}")).NaturalDirection.ShouldBe(-1);
        SortSpec.Parse(Json.Doc("{a: 1}")).NaturalDirection.ShouldBeNull();
        SortSpec.Parse(Json.Doc("{a: 1}")).IsNatural.ShouldBeFalse();
    }

    [Fact]
    public void Compare_is_usable_as_icomparer()
    {
        var sorted = new List<BsonDocument> { Json.Doc("{a: 2}"), Json.Doc("{a: 1}") };
        sorted.Sort(SortSpec.Parse(Json.Doc("{a: 1}")));
        sorted[0]["a"].ShouldBe(1);
        var comparer = SortSpec.Parse(Json.Doc("{a: 1}"));
        comparer.Compare(Json.Doc("{a: 1}"), Json.Doc("{a: 2}")).ShouldBeLessThan(0);
        comparer.Compare(Json.Doc("{a: 2}"), Json.Doc("{a: 2.0}")).ShouldBe(0);
    }
}
