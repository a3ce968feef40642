using Serverless.Bson;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Definitions;

/// <summary>Check 5 of §2.5 and the value rules of §10.</summary>
internal static class EnumMappingReader
{
    public static EnumMapping Read(EnumType enumType, BsonValue mapping)
    {
        if (mapping is not BsonDocument values)
        {
            throw new DefinitionException($"Error with mappings of enum: '{enumType.Name}'. Enum mappings must be of type 'DOCUMENT' but was {BsonTypeNames.Of(mapping)}");
        }

        // Extra keys are ignored (§10); keeping only declared values lets the compiler hand the map to the engine.
        var declared = enumType.Values.Select(value => value.Name).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (declared.Contains(name))
            {
                result.TryAdd(name, value);
            }
        }

        return new EnumMapping(enumType.Name, result);
    }
}
