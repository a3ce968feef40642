using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>
/// Replaces <c>{"$arg": "name"}</c> and <c>{"$arg": ["name", default]}</c> at any depth of documents and arrays
/// (§6.2). Only a document whose single key is <c>$arg</c> is the operator; with other keys it is recursed into
/// and reaches MongoDB literally, as in RESTHeart. A missing name without default is an error, never silently
/// dropped. Values are immutable, so the template is never changed.
/// </summary>
public static class ArgInterpolator
{
    private const string Operator = "$arg";

    public static BsonValue Interpolate(BsonValue template, BsonDocument arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        return template switch
        {
            BsonDocument { Count: 1 } operatorDocument when operatorDocument[0].Name == Operator =>
                Resolve(operatorDocument, operatorDocument[0].Value, arguments),
            BsonDocument document => CopyOnChange.Document(document, arguments, Interpolate),
            BsonArray array => CopyOnChange.Array(array, arguments, Interpolate),
            _ => template,
        };
    }

    private static BsonValue Resolve(BsonDocument operatorDocument, BsonValue operand, BsonDocument arguments)
    {
        switch (operand)
        {
            case BsonString name:
                return ArgumentPath.TryResolve(arguments, name.Value, out var value)
                    ? value
                    : throw new MappingException($"variable {name.Value} not bound");
            case BsonArray { Count: 2 } pair when pair[0] is BsonString defaultedName:
                return ArgumentPath.TryResolve(arguments, defaultedName.Value, out var present) ? present : pair[1];
            default:
                // Unreachable for loaded definitions (OperatorShapeChecker), kept for hand-built mappings.
                throw new MappingException($"invalid $arg: {operatorDocument}");
        }
    }
}
