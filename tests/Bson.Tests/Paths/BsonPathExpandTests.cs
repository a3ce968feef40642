namespace Serverless.Bson.Tests.Paths;

public sealed class BsonPathExpandTests
{
    private static BsonDocument Doc(params (string Name, BsonValue Value)[] elements) =>
        new(elements.Select(e => new BsonElement(e.Name, e.Value)));

    [Fact]
    public void Plain_nested_field_yields_one_value()
    {
        var result = BsonPath.Expand(Doc(("a", Doc(("b", 1)))), "a.b");

        result.ShouldBe([new BsonInt32(1)]);
        result.IsMissing.ShouldBeFalse();
        result.HasMissingBranch.ShouldBeFalse();
    }

    [Fact]
    public void Missing_top_level_field_is_a_missing_branch()
    {
        var result = BsonPath.Expand(Doc(("x", 1)), "a.b");

        result.Count.ShouldBe(0);
        result.IsMissing.ShouldBeTrue();
        result.HasMissingBranch.ShouldBeTrue(); // {a.b: null} matches
    }

    [Fact]
    public void Scalar_in_the_middle_is_a_missing_branch()
    {
        var result = BsonPath.Expand(Doc(("a", 5)), "a.b");

        result.IsMissing.ShouldBeTrue();
        result.HasMissingBranch.ShouldBeTrue();
    }

    [Fact]
    public void Null_value_exists()
    {
        var result = BsonPath.Expand(Doc(("a", BsonNull.Value)), "a");

        result.ShouldBe([BsonNull.Value]);
        result.IsMissing.ShouldBeFalse();
        result.HasMissingBranch.ShouldBeFalse();
    }

    [Fact]
    public void Leaf_array_yields_elements_then_the_array()
    {
        var tags = new BsonArray("x", new BsonArray("y", "z"));
        var doc = Doc(("tags", tags));

        BsonPath.Expand(doc, "tags").ShouldBe([new BsonString("x"), new BsonArray("y", "z"), tags]);
        BsonPath.Parse("tags").Expand(doc, BsonPathLeafArrays.ArrayOnly).ShouldBe([tags]);
        BsonPath.Parse("tags").Expand(doc, BsonPathLeafArrays.ElementsOnly).ShouldBe([new BsonString("x"), new BsonArray("y", "z")]);
    }

    [Fact]
    public void Empty_leaf_array_exists_as_itself()
    {
        var result = BsonPath.Expand(Doc(("a", BsonArray.Empty)), "a");

        result.ShouldBe([BsonArray.Empty]);
        result.IsMissing.ShouldBeFalse();
    }

    [Fact]
    public void Arrays_of_documents_are_traversed_implicitly()
    {
        // Manual, "Query an Array of Embedded Documents": { "instock.qty": 5 } looks at every element's qty.
        var doc = Doc(("instock", new BsonArray(
            Doc(("warehouse", "A"), ("qty", 5)),
            Doc(("warehouse", "C"), ("qty", 15)),
            Doc(("warehouse", "D")))));

        var result = BsonPath.Expand(doc, "instock.qty");

        result.ShouldBe([new BsonInt32(5), new BsonInt32(15)]);
        result.HasMissingBranch.ShouldBeTrue(); // the third element has no qty: { "instock.qty": null } matches
    }

    [Fact]
    public void Leaf_arrays_inside_traversed_arrays_expand_too()
    {
        var inner = new BsonArray(1, 2);
        var doc = Doc(("a", new BsonArray(Doc(("b", inner)), Doc(("b", 3)))));

        BsonPath.Expand(doc, "a.b").ShouldBe([new BsonInt32(1), new BsonInt32(2), inner, new BsonInt32(3)]);
    }

    [Fact]
    public void Scalar_elements_end_their_branch_silently()
    {
        var result = BsonPath.Expand(Doc(("a", new BsonArray(1, 2))), "a.b");

        result.IsMissing.ShouldBeTrue(); // { "a.b": { $exists: false } } matches
        result.HasMissingBranch.ShouldBeFalse();
    }

    [Fact]
    public void Nested_arrays_are_not_traversed_implicitly_before_the_leaf()
    {
        var result = BsonPath.Expand(Doc(("a", new BsonArray(new BsonArray(Doc(("b", 1)))))), "a.b");

        result.IsMissing.ShouldBeTrue();
    }

    [Fact]
    public void Numeric_segment_is_both_an_index_and_a_field_name()
    {
        var doc = Doc(("a", new BsonArray(
            Doc(("b", 1)),
            Doc(("0", Doc(("b", 2)))))));

        var result = BsonPath.Expand(doc, "a.0.b");

        // Element 0 has no field "0" (a missing branch), then as an index it gives b = 1; element 1 has a
        // field "0" whose b is 2.
        result.ShouldBe([new BsonInt32(1), new BsonInt32(2)]);
        result.HasMissingBranch.ShouldBeTrue();
    }

    [Fact]
    public void Numeric_leaf_segment_selects_the_element()
    {
        var doc = Doc(("a", new BsonArray(10, new BsonArray(20, 21))));

        BsonPath.Expand(doc, "a.0").ShouldBe([new BsonInt32(10)]);
        BsonPath.Expand(doc, "a.1").ShouldBe([new BsonArray(20, 21)]); // selected, not expanded
        BsonPath.Expand(doc, "a.1.0").ShouldBe([new BsonInt32(20)]); // an index reaches into a nested array
        BsonPath.Expand(doc, "a.2").IsMissing.ShouldBeTrue();
    }

    [Fact]
    public void Index_into_nested_array_then_traverse_its_documents()
    {
        var doc = Doc(("a", new BsonArray(new BsonArray(Doc(("b", 1)), Doc(("b", 2)), 7))));

        BsonPath.Expand(doc, "a.0.b").ShouldBe([new BsonInt32(1), new BsonInt32(2)]);
    }

    [Fact]
    public void Numeric_segment_on_a_document_is_a_field_name()
    {
        var doc = Doc(("a", Doc(("0", "zero"))));

        BsonPath.Expand(doc, "a.0").ShouldBe([new BsonString("zero")]);
    }

    [Fact]
    public void Deep_traversal_through_several_arrays()
    {
        var doc = Doc(("orders", new BsonArray(
            Doc(("lines", new BsonArray(Doc(("sku", "x")), Doc(("sku", "y"))))),
            Doc(("lines", new BsonArray(Doc(("sku", "z"))))),
            Doc(("lines", 5)))));

        var result = BsonPath.Expand(doc, "orders.lines.sku");

        result.ShouldBe([new BsonString("x"), new BsonString("y"), new BsonString("z")]);
        result.HasMissingBranch.ShouldBeTrue(); // lines = 5 is a scalar where the path goes on
    }

    [Fact]
    public void Parsed_path_is_reusable_across_documents()
    {
        var path = BsonPath.Parse("a.b");

        path.Expand(Doc(("a", Doc(("b", 1))))).ShouldBe([new BsonInt32(1)]);
        path.Expand(Doc(("a", new BsonArray(Doc(("b", 2)))))).ShouldBe([new BsonInt32(2)]);
        path.Expand(BsonDocument.Empty).IsMissing.ShouldBeTrue();
    }
}
