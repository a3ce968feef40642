using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>The keywords <c>true</c> and <c>false</c>.</summary>
public sealed record ConstantPredicate(bool Result) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => Result;
}
