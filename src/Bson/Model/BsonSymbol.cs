namespace Serverless.Bson;

/// <summary>BSON 0x0E (deprecated): a symbol, stored like a string.</summary>
public sealed class BsonSymbol : BsonValue
{
    public BsonSymbol(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    public string Name { get; }

    public override BsonType Type => BsonType.Symbol;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonSymbol s && string.Equals(s.Name, Name, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(BsonType.Symbol, StringComparer.Ordinal.GetHashCode(Name));
}
