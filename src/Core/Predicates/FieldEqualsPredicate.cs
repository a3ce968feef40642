using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>
/// <c>field-eq(field=path, value=json)</c>: true when the value at the path equals the parsed extended JSON under
/// type-sensitive BSON equality (Int32 1 is not Int64 1); a missing path is false (§11).
/// </summary>
public sealed record FieldEqualsPredicate(PredicatePath Field, BsonValue Expected) : TypePredicate
{
    public override bool Evaluate(BsonValue value) => Field.TryFind(value, out var found) && found.Equals(Expected);
}
