using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A test on one candidate value the path reached (the server's <c>matchesSingleElement</c>); a
/// <see cref="PathMatcher"/> applies it to every candidate.
/// </summary>
internal abstract class ValueMatcher
{
    public abstract bool Matches(BsonValue value);
}
