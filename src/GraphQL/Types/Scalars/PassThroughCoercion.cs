using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// The behaviour of a custom scalar the host gave no implementation for (graphql-js default): values pass through
/// unchanged and literals become their untyped JSON-like value (<see cref="ValueCoercion.ValueFromAstUntyped"/>).
/// </summary>
public sealed class PassThroughCoercion : IScalarCoercion
{
    public static PassThroughCoercion Instance { get; } = new();

    public object? Serialize(object? value) => value;

    public object? ParseValue(object? value) => value;

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        ValueCoercion.ValueFromAstUntyped(literal, variables);

    public ValueNode? ValueToLiteral(object? value) => UntypedLiteral.FromValue(value);
}
