namespace Serverless.Bson;

/// <summary>BSON 0x0F (deprecated): JavaScript code with a scope document.</summary>
public sealed class BsonJavaScriptWithScope : BsonValue
{
    public BsonJavaScriptWithScope(string code, BsonDocument scope)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(scope);
        Code = code;
        Scope = scope;
    }

    public string Code { get; }

    public BsonDocument Scope { get; }

    public override BsonType Type => BsonType.JavaScriptWithScope;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) =>
        other is BsonJavaScriptWithScope j && string.Equals(j.Code, Code, StringComparison.Ordinal) && j.Scope.Equals(Scope);

    public override int GetHashCode() => HashCode.Combine(BsonType.JavaScriptWithScope, StringComparer.Ordinal.GetHashCode(Code), Scope);
}
