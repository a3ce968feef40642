using Serverless.GraphQL.Types;

namespace Serverless.Core.Resolution;

/// <summary>Shape questions about a field's declared type.</summary>
internal static class FieldTypes
{
    /// <summary>Whether the type is a list, through a non-null wrapper (§6.1 step 6).</summary>
    public static bool IsList(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;
}
