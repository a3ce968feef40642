using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>The <c>ObjectId</c> scalar (§12): BsonObjectId ⇄ <c>{"$oid": hex}</c> out, a 24-hex string in.</summary>
public sealed class ObjectIdCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        BsonObjectId id => RelaxedJsonResult.ObjectId(id),
        _ => throw ScalarErrors.CannotSerialize("ObjectId", "BsonObjectId", value),
    };

    public object? ParseValue(object? value) => value switch
    {
        string text => Parse(text),
        BsonObjectId id => id,
        _ => throw ScalarErrors.WrongValue("ObjectId", "a string of 24 hex digits", value),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text ? Parse(text.Value) : throw ScalarErrors.WrongLiteral("StringValue", literal);
    }

    public ValueNode? ValueToLiteral(object? value) =>
        value is BsonObjectId id ? new StringValueNode(default, id.Value.ToString(), block: false) : null;

    // §12.2: RESTHeart's exact message.
    private static BsonObjectId Parse(string text) =>
        text.Length == 24 && ObjectId.TryParse(text, out var id)
            ? new BsonObjectId(id)
            : throw new CoercionException("Input string is not a valid ObjectId");
}
