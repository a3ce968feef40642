using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// Equality ($eq and implicit equality). Values compare by MongoDB's order, so 1, 1L and 1.0 are equal; null
/// also matches undefined, as the server's equality-to-null does.
/// </summary>
internal sealed class EqualsMatcher(BsonValue target) : ValueMatcher
{
    public override bool Matches(BsonValue value) =>
        target.IsNull
            ? value.Type is BsonType.Null or BsonType.Undefined
            : BsonValueComparer.ShareTypeBracket(value.Type, target.Type) && BsonValueComparer.Instance.Compare(value, target) == 0;
}

/// <summary>
/// $gt, $gte, $lt, $lte. Manual "Comparison Query Operators": only values of the same type bracket compare
/// (a number never matches <c>{$gt: "a"}</c>), except that MinKey and MaxKey compare against everything.
/// NaN is equal only to NaN and neither greater nor less than any number (the server's
/// ComparisonMatchExpression special case).
/// </summary>
internal sealed class ComparisonMatcher(BsonValue target, Func<int, bool> accepts) : ValueMatcher
{
    private readonly bool _targetIsNaN = IsNaN(target);

    public override bool Matches(BsonValue value)
    {
        var crossBracket = target.Type is BsonType.MinKey or BsonType.MaxKey;
        if (!crossBracket && !BsonValueComparer.ShareTypeBracket(value.Type, target.Type))
        {
            return false;
        }

        if (_targetIsNaN || IsNaN(value))
        {
            return _targetIsNaN && IsNaN(value) && accepts(0);
        }

        return accepts(BsonValueComparer.Instance.Compare(value, target));
    }

    private static bool IsNaN(BsonValue value) =>
        value switch
        {
            BsonDouble d => double.IsNaN(d.Value),
            BsonDecimal128 m => m.Value.IsNaN,
            _ => false,
        };
}

/// <summary>$in: equal to one of the listed values or matching one of the listed regular expressions.</summary>
internal sealed class InMatcher(IReadOnlyList<ValueMatcher> alternatives) : ValueMatcher
{
    public override bool Matches(BsonValue value)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Matches(value))
            {
                return true;
            }
        }

        return false;
    }
}
