using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A field condition: true when any value the path reaches passes the value test (manual "Query an Array":
/// a condition on an array field holds when some element, or the array itself, satisfies it).
/// </summary>
/// <param name="matchesMissing">
/// True for conditions that accept null (<c>{$eq: null}</c>, <c>{$in: [null]}</c>, <c>{$gte: null}</c>): the
/// manual's "Query for Null or Missing Fields" makes them match documents where the field is absent.
/// </param>
internal sealed class PathMatcher(BsonPath path, ValueMatcher test, BsonPathLeafArrays leafArrays, bool matchesMissing) : Matcher
{
    public override IEnumerable<string> Paths => [path.Text];

    public override bool Matches(BsonDocument document)
    {
        var expansion = path.Expand(document, leafArrays);
        foreach (var candidate in expansion)
        {
            if (test.Matches(candidate))
            {
                return true;
            }
        }

        return matchesMissing && expansion.HasMissingBranch;
    }
}

/// <summary>$exists: whether the path reaches any value at all.</summary>
internal sealed class ExistsMatcher(BsonPath path, bool exists) : Matcher
{
    public override IEnumerable<string> Paths => [path.Text];

    public override bool Matches(BsonDocument document) => path.Expand(document).IsMissing != exists;
}
