namespace Serverless.GraphQL.Types;

/// <summary>Type relations the spec uses for interface implementation (§3.6.2 IsValidImplementationFieldType) and validation.</summary>
public static class TypeComparators
{
    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is
    /// expected: same type, non-null of a subtype, list of subtypes, or an object/interface that is a possible type
    /// of an abstract super type (covariance, §3.6.2).
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        ArgumentNullException.ThrowIfNull(superType);
        if (maybeSubType.IsEqualTo(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        return maybeSubType is ImplementingType implementing
            && superType is InterfaceType or UnionType
            && schema.IsSubType((NamedType)superType, implementing);
    }
}
