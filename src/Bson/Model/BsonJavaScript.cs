namespace Serverless.Bson;

/// <summary>BSON 0x0D: JavaScript code.</summary>
public sealed class BsonJavaScript : BsonValue
{
    public BsonJavaScript(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
    }

    public string Code { get; }

    public override BsonType Type => BsonType.JavaScript;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonJavaScript j && string.Equals(j.Code, Code, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(BsonType.JavaScript, StringComparer.Ordinal.GetHashCode(Code));
}
