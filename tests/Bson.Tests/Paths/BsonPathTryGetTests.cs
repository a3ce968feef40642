namespace Serverless.Bson.Tests.Paths;

public sealed class BsonPathTryGetTests
{
    private static readonly BsonValueComparer Comparer = BsonValueComparer.Instance;

    private static BsonDocument Doc(params (string Name, BsonValue Value)[] elements) =>
        new(elements.Select(e => new BsonElement(e.Name, e.Value)));

    private static BsonDocument Movie() => Doc(
        ("title", "Blade Runner"),
        ("imdb", Doc(("rating", 8.1), ("votes", 600_000))),
        ("tomatoes", Doc(("viewer", Doc(("meter", 91))))),
        ("cast", new BsonArray("Harrison Ford", "Rutger Hauer")),
        ("genres", new BsonArray(Doc(("name", "Sci-Fi")), Doc(("id", 2)), Doc(("name", "Noir")), 3, BsonNull.Value)),
        ("grid", new BsonArray(new BsonArray(Doc(("v", 1)), Doc(("v", 2))), new BsonArray(Doc(("w", 0))))),
        ("counts", Doc(("0", "field named zero"))));

    private static BsonValue Get(string path)
    {
        BsonPath.TryGet(Movie(), path, out var value).ShouldBeTrue(path);
        return value;
    }

    private static void ShouldBeMissing(string path)
    {
        BsonPath.TryGet(Movie(), path, out var value).ShouldBeFalse(path);
        value.ShouldBeSameAs(BsonNull.Value);
    }

    [Fact]
    public void Nested_fields_are_followed()
    {
        Get("imdb.rating").ShouldBe(new BsonDouble(8.1));
        Get("tomatoes.viewer.meter").ShouldBe(new BsonInt32(91));
        Get("title").ShouldBe(new BsonString("Blade Runner"));
        Get("imdb").ShouldBeOfType<BsonDocument>();
    }

    [Fact]
    public void Numeric_segments_index_arrays()
    {
        Get("cast.0").ShouldBe(new BsonString("Harrison Ford"));
        Get("cast.1").ShouldBe(new BsonString("Rutger Hauer"));
        Get("genres.2.name").ShouldBe(new BsonString("Noir"));
        Get("grid.0.1.v").ShouldBe(new BsonInt32(2));
        ShouldBeMissing("cast.2");
        Get("cast.01").ShouldBe(BsonArray.Empty); // not a canonical index, so a field name mapped over the strings
    }

    [Fact]
    public void Numeric_segments_on_documents_are_field_names()
    {
        Get("counts.0").ShouldBe(new BsonString("field named zero"));
    }

    [Fact]
    public void Field_segments_map_over_arrays_skipping_misses()
    {
        var names = Get("genres.name");
        Comparer.Equals(names, new BsonArray("Sci-Fi", "Noir")).ShouldBeTrue();

        Get("genres.id").ShouldBe(new BsonArray(2));
        Get("genres.nothing").ShouldBe(BsonArray.Empty);
    }

    [Fact]
    public void Mapping_through_nested_arrays_keeps_the_nesting()
    {
        Get("grid.v").ShouldBe(new BsonArray(new BsonArray(1, 2), BsonArray.Empty));
    }

    [Fact]
    public void Mapping_continues_below_the_mapped_field()
    {
        var doc = Doc(("items", new BsonArray(
            Doc(("price", Doc(("amount", 5)))),
            Doc(("price", 7)),
            Doc(("price", Doc(("amount", 9)))))));

        BsonPath.TryGet(doc, "items.price.amount", out var amounts).ShouldBeTrue();
        amounts.ShouldBe(new BsonArray(5, 9));

        BsonPath.TryGet(doc, "items.0.price.amount", out var first).ShouldBeTrue();
        first.ShouldBe(new BsonInt32(5));
    }

    [Fact]
    public void Missing_paths_report_false()
    {
        ShouldBeMissing("nope");
        ShouldBeMissing("imdb.nope");
        ShouldBeMissing("title.length"); // a scalar has no fields
        ShouldBeMissing("imdb.rating.x");
    }

    [Fact]
    public void First_of_duplicate_names_wins()
    {
        var doc = Doc(("a", 1), ("a", 2));
        BsonPath.TryGet(doc, "a", out var value).ShouldBeTrue();
        value.ShouldBe(new BsonInt32(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("a.")]
    public void Malformed_paths_are_rejected(string path)
    {
        BsonPath.TryParse(path, out _).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => BsonPath.Parse(path));
    }

    [Fact]
    public void A_parsed_path_is_reusable_and_keeps_its_segments()
    {
        var path = BsonPath.Parse("tomatoes.viewer.meter");
        path.Segments.ShouldBe(["tomatoes", "viewer", "meter"]);
        path.ToString().ShouldBe("tomatoes.viewer.meter");

        path.TryGet(Movie(), out var first).ShouldBeTrue();
        path.TryGet(Doc(("tomatoes", Doc(("viewer", Doc(("meter", 50)))))), out var second).ShouldBeTrue();
        first.ShouldBe(new BsonInt32(91));
        second.ShouldBe(new BsonInt32(50));
    }

    [Fact]
    public void Huge_numeric_segments_are_field_names_not_indexes()
    {
        var doc = Doc(("a", new BsonArray(1)), ("b", Doc(("99999999999", true))));
        BsonPath.TryGet(doc, "a.99999999999", out var mapped).ShouldBeTrue();
        mapped.ShouldBe(BsonArray.Empty); // mapped as a field name over the array, finding nothing
        BsonPath.TryGet(doc, "b.99999999999", out var value).ShouldBeTrue();
        value.ShouldBe(BsonBoolean.True);
    }
}
