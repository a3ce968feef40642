using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>
/// The query of one invocation of a query mapping after <c>$arg</c> and <c>$fk</c> (§6.1 steps 3–4). It is the
/// DataLoader key: two invocations with equal queries share one result (§9.3).
/// </summary>
public sealed record InterpolatedQuery(BsonDocument Find, BsonDocument? Sort, int Skip, int Limit)
{
    /// <summary>
    /// <c>{find, sort?, skip?, limit}</c>: sort only when present and skip only when non-zero, so that equivalent
    /// queries give BSON-equal keys (RESTHeart keys by hashCode, quirk 11; BSON equality cannot collide).
    /// </summary>
    public BsonDocument ToKey()
    {
        var elements = new List<BsonElement>(4) { new("find", Find) };
        if (Sort is not null)
        {
            elements.Add(new BsonElement("sort", Sort));
        }

        if (Skip != 0)
        {
            elements.Add(new BsonElement("skip", Skip));
        }

        elements.Add(new BsonElement("limit", Limit));
        return new BsonDocument(elements);
    }
}
