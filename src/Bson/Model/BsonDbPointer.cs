namespace Serverless.Bson;

/// <summary>BSON 0x0C (deprecated): a namespace string and an ObjectId.</summary>
public sealed class BsonDbPointer : BsonValue
{
    public BsonDbPointer(string @namespace, ObjectId id)
    {
        ArgumentNullException.ThrowIfNull(@namespace);
        Namespace = @namespace;
        Id = id;
    }

    public string Namespace { get; }

    public ObjectId Id { get; }

    public override BsonType Type => BsonType.DbPointer;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) =>
        other is BsonDbPointer p && string.Equals(p.Namespace, Namespace, StringComparison.Ordinal) && p.Id == Id;

    public override int GetHashCode() => HashCode.Combine(BsonType.DbPointer, StringComparer.Ordinal.GetHashCode(Namespace), Id);
}
