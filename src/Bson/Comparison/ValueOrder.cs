namespace Serverless.Bson;

/// <summary>
/// How values within one type bracket of the sort order compare and hash. One small subclass per bracket,
/// chosen by <see cref="BsonTypeOrder"/>, so no code switches over every BSON type.
/// </summary>
internal abstract class ValueOrder
{
    /// <summary>Negative, zero or positive; both values belong to this bracket.</summary>
    public abstract int Compare(BsonValue x, BsonValue y);

    /// <summary>A hash equal for any two values this order calls equal.</summary>
    public abstract int GetHashCode(BsonValue value);
}
