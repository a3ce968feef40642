using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// A type reference of the document resolved against the schema (graphql-js <c>typeFromAST</c>). Adapter: the
/// type system's own resolver is internal to schema building.
/// </summary>
internal static class TypeReferences
{
    /// <summary>The runtime type, or null when a named type is not in the schema.</summary>
    public static GraphQLType? Resolve(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => Resolve(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
