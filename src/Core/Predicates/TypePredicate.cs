using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>
/// A parsed <c>$typeResolver</c> predicate (reference §11): evaluated against the value being resolved, which is
/// usually a document but may be any BSON value.
/// </summary>
public abstract record TypePredicate
{
    public abstract bool Evaluate(BsonValue value);
}
