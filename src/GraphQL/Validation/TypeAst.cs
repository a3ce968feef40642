using Serverless.GraphQL.Introspection;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>Schema look-ups the rules share (graphql-js <c>typeFromAST</c>, <c>getFieldDef</c>, <c>doTypesOverlap</c>).</summary>
internal static class TypeAst
{
    /// <summary>The runtime type a type reference denotes, or null when its named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
    };

    /// <summary>§5.3.1: the field a selection refers to, including the introspection meta-fields of §4.1 / §4.2.</summary>
    public static Field? GetFieldDefinition(Schema schema, NamedType parentType, string name) =>
        IntrospectionFields.Find(schema, parentType, name) ?? (parentType as ImplementingType)?.GetField(name);

    public static bool IsCompositeType(GraphQLType? type) => type is ImplementingType or UnionType;

    public static bool IsAbstractType(GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsLeafType(GraphQLType? type) => type is ScalarType or EnumType;

    public static GraphQLType Nullable(GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>§5.5.2.3: whether some object type could be of both types.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (IsAbstractType(a))
        {
            return IsAbstractType(b)
                ? schema.GetPossibleTypes(a).Any(type => schema.IsSubType(b, type))
                : schema.IsSubType(a, b);
        }

        return IsAbstractType(b) && schema.IsSubType(b, a);
    }
}
