using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>$and, and the implicit conjunction of a filter's fields; with no children it matches everything.</summary>
internal sealed class AndMatcher(IReadOnlyList<Matcher> children) : Matcher
{
    public IReadOnlyList<Matcher> Children => children;

    public override IEnumerable<string> Paths => children.SelectMany(c => c.Paths);

    public override bool Matches(BsonDocument document)
    {
        foreach (var child in children)
        {
            if (!child.Matches(document))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>$or: at least one child matches.</summary>
internal sealed class OrMatcher(IReadOnlyList<Matcher> children) : Matcher
{
    public override IEnumerable<string> Paths => children.SelectMany(c => c.Paths);

    public override bool Matches(BsonDocument document) => children.Any(c => c.Matches(document));
}

/// <summary>$nor, $not, $ne and $nin: the negation of the inner node.</summary>
internal sealed class NotMatcher(Matcher inner) : Matcher
{
    public override IEnumerable<string> Paths => inner.Paths;

    public override bool Matches(BsonDocument document) => !inner.Matches(document);
}

/// <summary>An empty $all: the manual says it matches no documents.</summary>
internal sealed class NeverMatcher(string path) : Matcher
{
    public override IEnumerable<string> Paths => [path];

    public override bool Matches(BsonDocument document) => false;
}
