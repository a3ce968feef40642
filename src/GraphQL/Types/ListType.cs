namespace Serverless.GraphQL.Types;

/// <summary>A list of values of <see cref="OfType"/> (§3.11).</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override bool IsInputType => OfType.IsInputType;

    public override bool IsOutputType => OfType.IsOutputType;

    public override string ToString() => $"[{OfType}]";

    public override bool IsEqualTo(GraphQLType other) => other is ListType list && OfType.IsEqualTo(list.OfType);
}
