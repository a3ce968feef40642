using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§5: the field-to-field path walk.</summary>
public sealed class DocumentPathTests
{
    private static readonly BsonDocument Source = Doc("""
        {
          "name": "n",
          "contacts": {"emails": ["a@x", "b@x"], "0": "zero-key"},
          "posts": [{"title": "t1", "tags": ["x"]}, {"other": 1}, {"title": "t3", "tags": ["y", "z"]}],
          "nil": null,
          "matrix": [[1, 2], [3]]
        }
        """);

    [Theory]
    [InlineData("name", "\"n\"")]
    [InlineData("contacts.emails.0", "\"a@x\"")]
    [InlineData("contacts.emails.1", "\"b@x\"")]
    [InlineData("contacts.0", "\"zero-key\"")]
    [InlineData("posts.title", """["t1", null, "t3"]""")]
    [InlineData("posts.1.other", "1")]
    [InlineData("posts.tags.0", """["x", null, "y"]""")]
    [InlineData("matrix.0.1", "2")]
    [InlineData("nil", "null")]
    [InlineData("posts", """[{"title": "t1", "tags": ["x"]}, {"other": 1}, {"title": "t3", "tags": ["y", "z"]}]""")]
    public void Paths_walk_keys_indexes_and_map_over_arrays(string path, string expected) =>
        Json(DocumentPath.Walk(Source, path)).ShouldBe(Json(Value(expected)));

    [Theory]
    [InlineData("missing")]
    [InlineData("contacts.emails.2")]
    [InlineData("contacts.emails.-1")]
    [InlineData("name.length")]
    [InlineData("nil.x")]
    [InlineData("contacts.missing.deeper")]
    public void Missing_paths_give_csharp_null(string path) =>
        DocumentPath.Walk(Source, path).ShouldBeNull();

    [Fact]
    public void A_null_or_bson_null_source_gives_null()
    {
        DocumentPath.Walk(null, "a").ShouldBeNull();
        DocumentPath.Walk(BsonNull.Value, "a").ShouldBeNull();
    }

    [Fact]
    public void A_scalar_source_with_segments_left_gives_null() =>
        DocumentPath.Walk(new BsonInt32(1), "a").ShouldBeNull();
}
