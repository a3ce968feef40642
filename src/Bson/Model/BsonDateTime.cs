namespace Serverless.Bson;

/// <summary>
/// BSON 0x09: UTC datetime as signed milliseconds since the Unix epoch. The whole int64 range is valid,
/// including instants before 1970 and far outside what <see cref="DateTimeOffset"/> can hold.
/// </summary>
public sealed class BsonDateTime : BsonValue
{
    private static readonly long MinRepresentableMs = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxRepresentableMs = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public BsonDateTime(long millisecondsSinceEpoch) => MillisecondsSinceEpoch = millisecondsSinceEpoch;

    public long MillisecondsSinceEpoch { get; }

    public override BsonType Type => BsonType.DateTime;

    /// <summary>True when the instant fits <see cref="DateTimeOffset"/> (years 1 to 9999).</summary>
    public bool IsRepresentableAsDateTimeOffset =>
        MillisecondsSinceEpoch >= MinRepresentableMs && MillisecondsSinceEpoch <= MaxRepresentableMs;

    public static BsonDateTime FromDateTimeOffset(DateTimeOffset value) => new(value.ToUnixTimeMilliseconds());

    public static BsonDateTime FromDateTime(DateTime value) =>
        FromDateTimeOffset(value.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(value, TimeSpan.Zero) : new DateTimeOffset(value.ToUniversalTime()));

    /// <exception cref="InvalidOperationException">The instant is outside years 1 to 9999.</exception>
    public DateTimeOffset ToDateTimeOffset() =>
        IsRepresentableAsDateTimeOffset
            ? DateTimeOffset.FromUnixTimeMilliseconds(MillisecondsSinceEpoch)
            : throw new InvalidOperationException($"BSON datetime {MillisecondsSinceEpoch} ms is outside the range of DateTimeOffset.");

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonDateTime d && d.MillisecondsSinceEpoch == MillisecondsSinceEpoch;

    public override int GetHashCode() => HashCode.Combine(BsonType.DateTime, MillisecondsSinceEpoch);
}
