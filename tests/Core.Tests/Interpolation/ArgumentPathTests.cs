using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§6.2 name lookup: exact key, dots, [n] indexes, quoted keys; explicit null is present.</summary>
public sealed class ArgumentPathTests
{
    private static readonly BsonDocument Arguments = Doc("""
        {
          "email": "a@b.c",
          "nothing": null,
          "options": {"limit": 5, "a.b": "quoted", "deep": {"x": [10, {"y": "z"}]}},
          "ids": [1, 2, 3],
          "@user._id": "flat",
          "@user": {"_id": "nested"},
          "with.dot": "exact",
          "matrix": [[1, 2], [3, 4]]
        }
        """);

    [Theory]
    [InlineData("email", "\"a@b.c\"")]
    [InlineData("nothing", "null")]
    [InlineData("options.limit", "5")]
    [InlineData("options['a.b']", "\"quoted\"")]
    [InlineData("options[\"a.b\"]", "\"quoted\"")]
    [InlineData("options.deep.x[0]", "10")]
    [InlineData("options.deep.x[1].y", "\"z\"")]
    [InlineData("ids[0]", "1")]
    [InlineData("ids[2]", "3")]
    [InlineData("@user._id", "\"flat\"")]
    [InlineData("with.dot", "\"exact\"")]
    [InlineData("matrix[1][0]", "3")]
    [InlineData("options", """{"limit": 5, "a.b": "quoted", "deep": {"x": [10, {"y": "z"}]}}""")]
    public void Present_paths_resolve_to_their_value(string path, string expected)
    {
        ArgumentPath.TryResolve(Arguments, path, out var value).ShouldBeTrue();
        value.ShouldBe(Value(expected));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("options.missing")]
    [InlineData("options.a.b")]
    [InlineData("ids.0")]
    [InlineData("ids[3]")]
    [InlineData("email.length")]
    [InlineData("email[0]")]
    [InlineData("options[0]")]
    [InlineData("nothing.x")]
    [InlineData("")]
    [InlineData("options..limit")]
    [InlineData(".options")]
    [InlineData("options.")]
    [InlineData("ids[x]")]
    [InlineData("ids[-1]")]
    [InlineData("ids[0")]
    [InlineData("ids[0]x")]
    public void Absent_or_malformed_paths_are_not_bound(string path) =>
        ArgumentPath.TryResolve(Arguments, path, out _).ShouldBeFalse();
}
