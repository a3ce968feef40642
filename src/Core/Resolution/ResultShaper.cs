using Serverless.Bson;
using Serverless.Core.Definitions;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Resolution;

/// <summary>
/// Turns the BSON value of a field into what the engine completes (§4, §12.1): BSON null → null, a BSON array →
/// a list for list types, composite values → <see cref="ResolvedValue"/> carrying the path's rootDoc, leaves →
/// the BSON value itself (scalar coercion and enum matching happen in the engine).
/// </summary>
internal static class ResultShaper
{
    /// <param name="value">The field's BSON value; null or BSON null give null.</param>
    /// <param name="type">The field's declared type.</param>
    /// <param name="rootDoc">The parent's rootDoc; ignored at level 1, where each document element is its own root (§8).</param>
    /// <param name="isLevelOne">Whether the field is a root field (its parent is the null root value).</param>
    public static object? Shape(BsonValue? value, GraphQLType type, BsonDocument? rootDoc, bool isLevelOne)
    {
        if (value is null || value.IsNull)
        {
            return null;
        }

        var unwrapped = type is NonNullType nonNull ? nonNull.OfType : type;
        switch (unwrapped)
        {
            case ListType list when value is BsonArray array:
                var items = new object?[array.Count];
                for (var index = 0; index < items.Length; index++)
                {
                    items[index] = Shape(array[index], list.OfType, rootDoc, isLevelOne);
                }

                return items;
            case ListType:
                throw new GraphQLException($"Expected a BSON array for the list type {type} but the value is a {BsonTypeNames.Of(value)}.");
            case ObjectType or InterfaceType or UnionType:
                return new ResolvedValue(value, isLevelOne ? value as BsonDocument : rootDoc);
            default:
                return value;
        }
    }
}
