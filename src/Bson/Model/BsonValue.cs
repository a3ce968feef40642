namespace Serverless.Bson;

/// <summary>
/// An immutable BSON value. The set of kinds is closed (one sealed subclass per BSON type); equality is
/// structural and type-sensitive (int32 1 is not int64 1). For MongoDB's cross-type ordering, where numbers
/// compare by value, use <see cref="BsonValueComparer"/>.
/// </summary>
public abstract class BsonValue : IEquatable<BsonValue>
{
    private protected BsonValue()
    {
    }

    public abstract BsonType Type { get; }

    public bool IsNumeric => Type is BsonType.Double or BsonType.Int32 or BsonType.Int64 or BsonType.Decimal128;

    public bool IsNull => Type == BsonType.Null;

    public BsonDocument AsDocument => As<BsonDocument>();

    public BsonArray AsArray => As<BsonArray>();

    public string AsString => As<BsonString>().Value;

    public int AsInt32 => As<BsonInt32>().Value;

    public long AsInt64 => As<BsonInt64>().Value;

    public double AsDouble => As<BsonDouble>().Value;

    public bool AsBoolean => As<BsonBoolean>().Value;

    public ObjectId AsObjectId => As<BsonObjectId>().Value;

    public Decimal128 AsDecimal128 => As<BsonDecimal128>().Value;

    public abstract void Accept(IBsonVisitor visitor);

    public abstract bool Equals(BsonValue? other);

    public sealed override bool Equals(object? obj) => obj is BsonValue other && Equals(other);

    public abstract override int GetHashCode();

    /// <summary>Relaxed Extended JSON, the form people read.</summary>
    public override string ToString() => ExtendedJson.Serialize(this, ExtendedJsonMode.Relaxed);

    public static bool operator ==(BsonValue? left, BsonValue? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(BsonValue? left, BsonValue? right) => !(left == right);

    public static implicit operator BsonValue(int value) => BsonInt32.Create(value);

    public static implicit operator BsonValue(long value) => new BsonInt64(value);

    public static implicit operator BsonValue(double value) => new BsonDouble(value);

    public static implicit operator BsonValue(bool value) => BsonBoolean.Create(value);

    public static implicit operator BsonValue(string? value) => value is null ? BsonNull.Value : new BsonString(value);

    public static implicit operator BsonValue(ObjectId value) => new BsonObjectId(value);

    public static implicit operator BsonValue(Decimal128 value) => new BsonDecimal128(value);

    public static implicit operator BsonValue(DateTimeOffset value) => BsonDateTime.FromDateTimeOffset(value);

    private T As<T>()
        where T : BsonValue =>
        this as T ?? throw new InvalidCastException($"BSON value of type {Type} is not a {typeof(T).Name}.");
}
