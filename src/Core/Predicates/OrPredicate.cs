using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary><c>left or right</c>; the right side is not evaluated when the left is true.</summary>
public sealed record OrPredicate(TypePredicate Left, TypePredicate Right) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => Left.Evaluate(value) || Right.Evaluate(value);
}
