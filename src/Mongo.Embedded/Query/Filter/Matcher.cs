using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>One node of a parsed filter: decides whether a whole document matches.</summary>
internal abstract class Matcher
{
    public abstract bool Matches(BsonDocument document);

    /// <summary>
    /// The field paths this node reads. The positional <c>$</c> (projection and update) uses them to find the
    /// conditions that refer to the array it indexes.
    /// </summary>
    public abstract IEnumerable<string> Paths { get; }
}
