using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// The <c>BsonDocument</c> scalar (§12): nested relaxed Extended JSON out (§12.1); an object literal or JSON object in
/// (§12.2, §12.3), integers kept as Int32/Int64, and <c>$</c>-keys rejected unless <paramref name="allowOperatorKeys"/>
/// (§6.2 [REC], operator injection).
/// </summary>
public sealed class BsonDocumentCoercion(bool allowOperatorKeys = false) : IScalarCoercion
{
    /// <summary>Whether keys starting with <c>$</c> are accepted in inputs (the schema opted in to operators).</summary>
    public bool AllowOperatorKeys { get; } = allowOperatorKeys;

    public object? Serialize(object? value) => value switch
    {
        BsonDocument document => RelaxedJsonResult.Document(document),
        _ => throw ScalarErrors.CannotSerialize("BsonDocument", "BsonDocument", value),
    };

    public object? ParseValue(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> or BsonDocument => Guard((BsonDocument)BsonInput.FromValue(value)),
        _ => throw ScalarErrors.WrongValue("BsonDocument", "an object", value),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is ObjectValueNode
            ? Guard((BsonDocument)BsonInput.FromLiteral(literal, variables))
            : throw ScalarErrors.WrongLiteral("ObjectValue", literal);
    }

    public ValueNode? ValueToLiteral(object? value) =>
        value is BsonDocument document ? BsonLiteral.From(document) : null;

    private BsonDocument Guard(BsonDocument document) => AllowOperatorKeys ? document : OperatorKeyGuard.Check(document);
}
