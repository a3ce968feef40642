using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// Internal BSON values of an enum's values (§10). Only names that are values of the enum are kept; values
/// without an entry map to the string of their own name.
/// </summary>
public sealed record EnumMapping(string EnumName, IReadOnlyDictionary<string, BsonValue> Values)
{
    public BsonValue InternalValue(string valueName) =>
        Values.TryGetValue(valueName, out var value) ? value : new BsonString(valueName);
}
