using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// An interval of first-field index keys inside one type bracket, from a field's <c>$gt</c>/<c>$gte</c> and
/// <c>$lt</c>/<c>$lte</c> bounds. A missing bound leaves that side open up to the edge of the bracket, because
/// the comparison operators only match values of their operand's bracket (manual "Comparison Query
/// Operators", type bracketing): <c>{$gte: 3.8}</c> covers every number from 3.8 up, no string or date.
/// </summary>
internal sealed record KeyRange(BsonValue? Lower, bool LowerInclusive, BsonValue? Upper, bool UpperInclusive)
{
    /// <summary>A value of the bracket the range lies in (both bounds share it).</summary>
    public BsonValue Bracket => Lower ?? Upper ?? throw new InvalidOperationException("A key range needs at least one bound.");

    public bool IsAboveLower(BsonValue key)
    {
        if (Lower is null)
        {
            return BsonValueComparer.CompareTypes(key.Type, Bracket.Type) >= 0;
        }

        var order = BsonValueComparer.Instance.Compare(key, Lower);
        return LowerInclusive ? order >= 0 : order > 0;
    }

    /// <summary>
    /// True for keys past the range's upper end: of a later bracket, or above the upper bound. Monotone in key
    /// order (false, then true), so a binary search finds where a descending walk starts.
    /// </summary>
    public bool IsBeyondUpper(BsonValue key)
    {
        var bracket = BsonValueComparer.CompareTypes(key.Type, Bracket.Type);
        if (bracket != 0 || Upper is null)
        {
            return bracket > 0;
        }

        var order = BsonValueComparer.Instance.Compare(key, Upper);
        return UpperInclusive ? order > 0 : order >= 0;
    }
}
