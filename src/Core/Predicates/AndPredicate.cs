using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary><c>left and right</c>; the right side is not evaluated when the left is false.</summary>
public sealed record AndPredicate(TypePredicate Left, TypePredicate Right) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => Left.Evaluate(value) && Right.Evaluate(value);
}
