using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary><c>value-eq(json)</c>: the whole resolved value equals the parsed extended JSON (type-sensitive, §11).</summary>
public sealed record ValueEqualsPredicate(BsonValue Expected) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => value.Equals(Expected);
}
