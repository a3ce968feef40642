using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary><c>not operand</c>.</summary>
public sealed record NotPredicate(TypePredicate Operand) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => !Operand.Evaluate(value);
}
