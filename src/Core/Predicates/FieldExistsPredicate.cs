using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>
/// <c>field-exists(a, b.c)</c>: true when every path exists in the value; a path holding BSON null exists (§11).
/// </summary>
public sealed record FieldExistsPredicate(IReadOnlyList<PredicatePath> Fields) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => Fields.All(path => path.TryFind(value, out _));

    // Structural equality, so that equal predicate texts give equal trees (records compare lists by reference).
    public bool Equals(FieldExistsPredicate? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Aggregate(0, (hash, path) => HashCode.Combine(hash, path));
}
