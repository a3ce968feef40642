using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// $type arguments: BSON type numbers or their aliases (manual "$type &gt; Available Types"), alone or in an
/// array; "number" stands for every numeric type.
/// </summary>
internal static class TypeAliases
{
    private const string NumberAlias = "number";

    private static readonly HashSet<int> Codes = [.. BsonTypeAliases.All.Keys.Select(t => (int)t), -1];


    public static PathMatcher Parse(BsonPath path, BsonValue argument)
    {
        var items = argument is BsonArray array ? array : [argument];
        if (items.Count == 0)
        {
            throw QueryErrors.FailedToParse("$type must match at least one type");
        }

        var types = new HashSet<BsonType>();
        var anyNumber = false;
        foreach (var item in items)
        {
            if (item is BsonString { Value: NumberAlias })
            {
                anyNumber = true;
            }
            else
            {
                types.Add(Resolve(item));
            }
        }

        // $type: "array" asks about the field itself, so the array must be a candidate as well as its elements.
        return new PathMatcher(path, new TypeMatcher(types, anyNumber), BsonPathLeafArrays.ElementsThenArray, matchesMissing: false);
    }

    private static BsonType Resolve(BsonValue item)
    {
        if (item is BsonString alias)
        {
            return BsonTypeAliases.TryParse(alias.Value, out var named)
                ? named
                : throw QueryErrors.BadValue($"Unknown type name alias: {alias.Value}");
        }

        if (!item.IsNumeric)
        {
            throw QueryErrors.TypeMismatch($"type must be represented as a number or a string, found: {item}");
        }

        if (!NumericValues.TryGetExactInt32(item, out var code) || !Codes.Contains(code))
        {
            throw QueryErrors.BadValue($"Invalid numerical type code: {item}");
        }

        // MinKey is -1 in the query language but 0xFF on the wire.
        return code == -1 ? BsonType.MinKey : (BsonType)code;
    }
}
