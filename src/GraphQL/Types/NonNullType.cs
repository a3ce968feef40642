namespace Serverless.GraphQL.Types;

/// <summary>A value of <see cref="OfType"/> that may never be null (§3.12).</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            // §3.12: "Non-Null type modifier … cannot be applied to another Non-Null type".
            throw new ArgumentException($"Cannot wrap the non-null type {ofType} in another non-null.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override bool IsInputType => OfType.IsInputType;

    public override bool IsOutputType => OfType.IsOutputType;

    public override string ToString() => $"{OfType}!";

    public override bool IsEqualTo(GraphQLType other) => other is NonNullType nonNull && OfType.IsEqualTo(nonNull.OfType);
}
