using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>$type: the value's BSON type is one of the requested ones ("number" means any numeric type).</summary>
internal sealed class TypeMatcher(IReadOnlySet<BsonType> types, bool anyNumber) : ValueMatcher
{
    public override bool Matches(BsonValue value) => types.Contains(value.Type) || (anyNumber && value.IsNumeric);
}

/// <summary>$size: an array with exactly this many elements (the path is expanded without its elements).</summary>
internal sealed class SizeMatcher(int size) : ValueMatcher
{
    public override bool Matches(BsonValue value) => value is BsonArray array && array.Count == size;
}

/// <summary>
/// $mod: manual "$mod" — the field's number, truncated towards zero, has this remainder; NaN and infinity
/// never match.
/// </summary>
internal sealed class ModMatcher(long divisor, long remainder) : ValueMatcher
{
    public override bool Matches(BsonValue value) =>
        NumericValues.TryTruncateToInt64(value, out var number) && number % divisor == remainder;
}

/// <summary>
/// $elemMatch with a query on documents (<c>{results: {$elemMatch: {product: "x", score: {$gt: 8}}}}</c>):
/// some element that is a document satisfies every condition at once.
/// </summary>
internal sealed class ElemMatchDocumentMatcher(Matcher condition) : ValueMatcher
{
    public override bool Matches(BsonValue value) =>
        value is BsonArray array && array.Any(e => e is BsonDocument d && condition.Matches(d));
}

/// <summary>
/// $elemMatch with operators on the element itself (<c>{scores: {$elemMatch: {$gte: 80, $lt: 85}}}</c>). The
/// operators were parsed for the field <see cref="ElementField"/>, so each element is tested as the value of
/// that field in a one-field document.
/// </summary>
internal sealed class ElemMatchValueMatcher(Matcher condition) : ValueMatcher
{
    public const string ElementField = "elem";

    public override bool Matches(BsonValue value) =>
        value is BsonArray array && array.Any(e => condition.Matches([new(ElementField, e)]));
}
