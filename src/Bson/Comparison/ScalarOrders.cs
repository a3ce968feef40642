namespace Serverless.Bson;

/// <summary>MinKey, Undefined, Null, MaxKey: one value per bracket, so all members are equal.</summary>
internal sealed class SingletonOrder : ValueOrder
{
    private SingletonOrder()
    {
    }

    public static SingletonOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) => 0;

    public override int GetHashCode(BsonValue value) => 0;
}

/// <summary>Byte order of the 12 bytes (server: memcmp of the OID).</summary>
internal sealed class ObjectIdOrder : ValueOrder
{
    private ObjectIdOrder()
    {
    }

    public static ObjectIdOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) => ((BsonObjectId)x).Value.CompareTo(((BsonObjectId)y).Value);

    public override int GetHashCode(BsonValue value) => ((BsonObjectId)value).Value.GetHashCode();
}

/// <summary>false &lt; true.</summary>
internal sealed class BooleanOrder : ValueOrder
{
    private BooleanOrder()
    {
    }

    public static BooleanOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) => ((BsonBoolean)x).Value.CompareTo(((BsonBoolean)y).Value);

    public override int GetHashCode(BsonValue value) => ((BsonBoolean)value).Value.GetHashCode();
}

/// <summary>
/// Signed milliseconds, so dates before 1970 sort first (the server compares dates signed since 2.0;
/// manual "Comparison/Sort Order &gt; Dates and Timestamps").
/// </summary>
internal sealed class DateTimeOrder : ValueOrder
{
    private DateTimeOrder()
    {
    }

    public static DateTimeOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) =>
        ((BsonDateTime)x).MillisecondsSinceEpoch.CompareTo(((BsonDateTime)y).MillisecondsSinceEpoch);

    public override int GetHashCode(BsonValue value) => ((BsonDateTime)value).MillisecondsSinceEpoch.GetHashCode();
}

/// <summary>Unsigned 64-bit: seconds, then increment (server: "unsigned compare for timestamps").</summary>
internal sealed class TimestampOrder : ValueOrder
{
    private TimestampOrder()
    {
    }

    public static TimestampOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) => ((BsonTimestamp)x).Value.CompareTo(((BsonTimestamp)y).Value);

    public override int GetHashCode(BsonValue value) => ((BsonTimestamp)value).Value.GetHashCode();
}
