using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>
/// <c>field-exists(a, b.c)</c>: true when every path exists in the value; a path holding BSON null exists (§11).
/// </summary>
public sealed record FieldExistsPredicate(IReadOnlyList<PredicatePath> Fields) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => Fields.All(path => path.TryFind(value, out _));
}
